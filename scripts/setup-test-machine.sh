#!/usr/bin/env bash
# Installs what the tests need on Debian/Ubuntu and nothing else: Chromium (UI tests), gnome-keyring and
# D-Bus (a real Secret Service for keychain tests), libsecret headers (to build keytar), git (git tests),
# nsis (makensis compiles the Windows installer's PATH include, test/integration/packaging).
# Safe to run again: it installs only what is missing. Uses sudo when not root.
set -euo pipefail
packages=(chromium gnome-keyring dbus libsecret-1-dev libsecret-tools git python3 make g++ nsis)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then echo "setup: test packages already present"; exit 0; fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

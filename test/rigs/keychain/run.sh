#!/usr/bin/env bash
# Keychain rig: runs a command inside a private D-Bus session with an unlocked gnome-keyring
# (the real freedesktop Secret Service) and a throwaway HOME, so tests never touch a real keychain.
# Usage: test/rigs/keychain/run.sh <command> [args...]
set -euo pipefail
if [ -n "${PATKEEPER_KEYCHAIN_RIG:-}" ]; then exec "$@"; fi   # already inside: nest nothing
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "keychain rig: '$tool' is missing (apt-get install dbus gnome-keyring)" >&2; exit 2; }
done
rig_root=$(mktemp -d -t patkeeper-keychain-XXXXXX)
trap 'rm -rf "$rig_root"' EXIT
export PATKEEPER_KEYCHAIN_RIG="$rig_root"
export HOME="$rig_root/home" XDG_RUNTIME_DIR="$rig_root/run" XDG_DATA_HOME="$rig_root/home/.local/share"
export XDG_CONFIG_HOME="$rig_root/home/.config" XDG_CACHE_HOME="$rig_root/home/.cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
# --unlock reads the login keyring's password from stdin and creates the keyring unlocked.
# shellcheck disable=SC2016
dbus-run-session -- bash -c '
  printf "rig-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' rig "$@"

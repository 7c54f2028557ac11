// electron-builder configuration (npm run dist). Fuses are set explicitly, every one of them, so a
// packaged PAT Keeper cannot be turned into a general Node runtime or load code from outside its asar
// (Electron security checklist: "Electron Fuses"; reference/electron-style.md item 20).
const { cliLinkScripts } = require('./linux/cli-link.cjs')

// deb/rpm: after-install links /usr/bin/patkeeper to the shipped executable (build/linux/cli-link.cjs).
const cliLink = cliLinkScripts()

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'dev.patkeeper.app',
  productName: 'PAT Keeper',
  copyright: 'Copyright (c) PAT Keeper contributors',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**', 'dist-electron/**', 'dist-cli/**', 'bin/**', 'package.json', '!**/*.map'],
  // keytar is a native addon: its .node file must live outside the asar to be loaded.
  asarUnpack: ['**/*.node', 'node_modules/keytar/**'],
  // The standalone `patkeeper` (CLI + git credential helper, keytar's addon compiled in) must be a real file
  // outside app.asar: nothing but Electron can read the asar, and RunAsNode stays off. The app copies it to
  // the stable per-user path git config names (electron/git/helper-install.ts).
  extraResources: [{ from: 'dist-bin', to: 'bin', filter: ['patkeeper', 'patkeeper.exe'] }],
  electronFuses: {
    // Off: with it on, any local process could run the signed app as Node and read its keychain items without
    // a prompt (Electron security checklist #19, "Electron Fuses"). git uses the standalone executable instead.
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
    // @electron/fuses README ("Apple Silicon"): an arm64 app not codesigned right after the flip refuses to
    // launch; electron-builder skips signing without a Developer ID (macCodeSign.js), so re-sign ad hoc. A
    // signed build is signed again over it, so this is harmless there.
    resetAdHocDarwinSignature: true,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Development', icon: 'build/icon.png', maintainer: 'PAT Keeper contributors' },
  // A custom `depends` replaces electron-builder's defaults (FpmTarget.js getDefaultDepends), so they are
  // repeated here (test/unit/foundation/builder-config.test.ts compares them with the installed
  // electron-builder) plus a Secret Service keyring for keytar.
  deb: {
    depends: ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0', 'gnome-keyring | kwalletmanager | keepassxc'],
    ...cliLink,
  },
  rpm: { ...cliLink },
  // Signing and notarization follow electron-builder's environment variables (README "Signed macOS builds"): CSC_LINK +
  // CSC_KEY_PASSWORD pick the Developer ID; APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER notarize.
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools', icon: 'build/icon.png', hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  // Windows: the installer puts the shipped patkeeper.exe's folder on the user's PATH and the uninstaller takes it
  // off again (build/windows/cli-path.nsh, electron-builder's `customInstall` / `customUnInstall` macros).
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, include: 'build/windows/cli-path.nsh' },
}

module.exports = config

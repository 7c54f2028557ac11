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
  },
  linux: { target: ['AppImage', 'deb'], category: 'Development', icon: 'build/icon.png', maintainer: 'PAT Keeper contributors' },
  deb: { depends: ['libsecret-1-0', 'gnome-keyring | kwalletmanager | keepassxc'], ...cliLink },
  rpm: { ...cliLink },
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools', icon: 'build/icon.png', hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
}

module.exports = config

// electron-builder configuration (npm run dist). Fuses are set explicitly, every one of them, so a
// packaged PAT Keeper cannot be turned into a general Node runtime or load code from outside its asar
// (Electron security checklist: "Electron Fuses"; reference/electron-style.md item 20).
/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'dev.patkeeper.app',
  productName: 'PAT Keeper',
  copyright: 'Copyright (c) PAT Keeper contributors',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**', 'dist-electron/**', 'dist-cli/**', 'bin/**', 'package.json', '!**/*.map'],
  // keytar is a native addon: its .node file must live outside the asar to be loaded.
  asarUnpack: ['**/*.node', 'node_modules/keytar/**'],
  electronFuses: {
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
  deb: { depends: ['libsecret-1-0', 'gnome-keyring | kwalletmanager | keepassxc'] },
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools', icon: 'build/icon.png', hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
}

module.exports = config

import type { MenuItemConstructorOptions } from 'electron'

/** What the application menu depends on. */
export interface AppMenuOptions {
  platform: NodeJS.Platform
  /** Packaged builds get no Reload / Force Reload / DevTools (a reload would drop the window's state). */
  isPackaged: boolean
  openWindow(): void
  quit(): void
}

/**
 * PAT Keeper's own application menu instead of Electron's default (lib/browser/default-menu.ts, which has
 * View → Reload / Force Reload / Toggle Developer Tools). Edit roles stay so copy/paste shortcuts work in
 * every text field (menu.md: on macOS shortcuts only work through menu items with these roles).
 */
export const appMenuTemplate = (options: AppMenuOptions): MenuItemConstructorOptions[] => {
  const mac = options.platform === 'darwin'
  const quit: MenuItemConstructorOptions = { label: 'Quit PAT Keeper', accelerator: 'CmdOrCtrl+Q', click: () => options.quit() }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  }
  const view: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ label: 'View', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] }]
  if (mac) {
    return [
      { label: 'PAT Keeper', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, quit] },
      edit,
      ...view,
      { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }] },
    ]
  }
  return [
    { label: 'File', submenu: [{ label: 'Open PAT Keeper', click: () => options.openWindow() }, { role: 'close' }, { type: 'separator' }, quit] },
    edit,
    ...view,
    { label: 'Help', submenu: [{ role: 'about' }] },
  ]
}

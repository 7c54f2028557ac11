import type { MenuItemConstructorOptions } from 'electron'
import type { TrayAction, TrayItem } from './tray-model'

/** Converts model items to Electron's menu template. */
export const menuTemplate = (items: TrayItem[], run: (action: TrayAction) => void): MenuItemConstructorOptions[] =>
  items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' }
      case 'label':
        return { label: item.label, enabled: false }
      case 'checkbox':
        return { type: 'checkbox', label: item.label, checked: item.checked, click: () => run(item.action) }
      case 'submenu':
        return { label: item.label, submenu: menuTemplate(item.items, run) }
      case 'action':
        return { label: item.label, enabled: item.enabled ?? true, click: () => run(item.action) }
    }
  })

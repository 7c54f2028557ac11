// Electron side of the tray: draws the pure TrayModel (tray-model.ts). Thin on purpose.
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron'
import type { WorstLevel } from '../../shared/domain/expiry'
import { trayIconBitmap } from './tray-icon'
import type { TrayAction, TrayItem, TrayModel } from './tray-model'

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

const icon = (level: WorstLevel) => nativeImage.createFromBitmap(trayIconBitmap(level, 32), { width: 32, height: 32, scaleFactor: 2 })

/** Creates the tray; `update` redraws it from a new model. */
export const createElectronTray = (run: (action: TrayAction) => void) => {
  const tray = new Tray(icon('ok'))
  return {
    update(model: TrayModel) {
      tray.setImage(icon(model.icon))
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model.items, run)))
    },
    destroy: () => tray.destroy(),
  }
}

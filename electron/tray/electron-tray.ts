// Electron side of the tray: draws the pure TrayModel (tray-model.ts). Thin on purpose.
import { Menu, nativeImage, Tray } from 'electron'
import type { WorstLevel } from '../../shared/domain/expiry'
import { trayIconBitmap } from './tray-icon'
import type { TrayAction, TrayModel } from './tray-model'
import { menuTemplate } from './tray-template'

const icon = (level: WorstLevel) => nativeImage.createFromBitmap(trayIconBitmap(level, 32), { width: 32, height: 32, scaleFactor: 2 })

/** Creates the tray; `update` redraws it from a new model. `onClick` handles a left click (tray.md "click"). */
export const createElectronTray = (run: (action: TrayAction) => void, options: { onClick?: () => void } = {}) => {
  const tray = new Tray(icon('ok'))
  if (options.onClick) tray.on('click', options.onClick)
  return {
    update(model: TrayModel) {
      tray.setImage(icon(model.icon))
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model.items, run)))
    },
    destroy: () => tray.destroy(),
  }
}

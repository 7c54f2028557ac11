// Electron glue for the expiry watch: tray, notifications, sleep/resume and the login item. Thin on purpose;
// the logic (engine, scheduler, menu model, texts) is plain Node and tested without Electron.
import { app, powerMonitor } from 'electron'
import type { NavigateRequest } from '../../shared/ipc/channels/app'
import type { Services } from '../app/services'
import { createExpiryWatch } from '../expiry/watch'
import { createElectronNotifier } from '../notify/electron-notifier'
import { SNOOZE_HOURS } from '../notify/notifications'
import { createElectronTray } from './electron-tray'
import { runTrayAction } from './tray-actions'

/** Starts tray + notifications + scheduler; returns what main calls when tokens change. */
export const startDesktopWatch = (services: Services, window: { show(route?: NavigateRequest): void; quit(): void }) => {
  const setStartAtLogin = (openAtLogin: boolean) => app.setLoginItemSettings({ openAtLogin })
  const refresh = () => void watch.run('manual')
  const tray = createElectronTray((action) => void runTrayAction(action, { services, show: window.show, quit: window.quit, setStartAtLogin, refresh }))
  const notify = createElectronNotifier({
    onClick: (spec) => window.show(spec.click),
    onAction: (spec, action) => {
      if (action === 'renew') window.show(spec.click)
      else for (const id of spec.tokenIds) void services.expiry.snooze(id, SNOOZE_HOURS).catch(() => undefined)
    },
  })
  const watch = createExpiryWatch(services, { notify, updateTray: (model) => tray.update(model) })
  void services.metadata.read().then((doc) => setStartAtLogin(doc.settings.startAtLogin), () => undefined)
  powerMonitor.on('resume', () => void watch.resumed())
  void watch.start()
  return { tokenChanged: () => watch.tokenChanged(), stop: () => (watch.stop(), tray.destroy()) }
}

// Electron glue for the expiry watch: tray, notifications, sleep/resume and the login item. Thin on purpose;
// the logic (engine, scheduler, menu model, texts) is plain Node and tested without Electron.
import { app, powerMonitor } from 'electron'
import type { NavigateRequest } from '../../shared/ipc/channels/app'
import type { Services } from '../app/services'
import { createExpiryWatch } from '../expiry/watch'
import { createElectronNotifier } from '../notify/electron-notifier'
import { SNOOZE_HOURS } from '../notify/notifications'
import { createElectronTray } from './electron-tray'
import type { TrayModel } from './tray-model'
import { runTrayAction } from './tray-actions'

/** What the watch may do to the app: the window, quitting, and the OS login item. */
export interface DesktopControls {
  show(route?: NavigateRequest): void
  quit(): void
  /** Applies "Start at login" the way this OS offers it (electron/platform/login-item.ts). */
  setStartAtLogin(enabled: boolean): Promise<void>
  platform: NodeJS.Platform
}

/** Starts tray + notifications + scheduler; returns what main calls when tokens or settings change. */
export const startDesktopWatch = (services: Services, desktop: DesktopControls) => {
  const log = services.deps.log
  const setStartAtLogin = (enabled: boolean) => desktop.setStartAtLogin(enabled).catch((e: unknown) => log.warn(`start at login: ${e instanceof Error ? e.message : 'failed'}`))
  const refresh = () => void watch.run('manual')
  const tray = createElectronTray((action) => void runTrayAction(action, { services, show: desktop.show, quit: desktop.quit, setStartAtLogin, refresh }), {
    // Windows: a left click on the tray icon opens the window (the menu is on the right click).
    onClick: desktop.platform === 'win32' ? () => desktop.show() : undefined,
  })
  const blocked = new Set<string>()
  let lastModel: TrayModel | undefined
  // While the OS refuses notifications, the tray tooltip says so (Windows has no badge: app.md setBadgeCount).
  const drawTray = (model: TrayModel) => {
    lastModel = model
    tray.update(blocked.size === 0 ? model : { ...model, tooltip: `${model.tooltip} (notifications are blocked by the system)` })
  }
  const notify = createElectronNotifier(
    {
      onClick: (spec) => desktop.show(spec?.click ?? { view: 'timeline' }),
      onAction: (spec, action) => {
        if (action === 'renew') desktop.show(spec.click)
        else for (const id of spec.tokenIds) void services.expiry.snooze(id, SNOOZE_HOURS).catch(() => undefined)
      },
      // macOS without a signature emits `failed` (notification.md): count the alerts on the Dock/launcher
      // badge instead (app.setBadgeCount: macOS, Linux Unity launchers) and in the tray tooltip.
      onFailed: (spec, error) => {
        for (const id of spec.tokenIds) blocked.add(id)
        app.setBadgeCount(blocked.size)
        if (lastModel) drawTray(lastModel)
        log.warn(`notification not shown (${error.slice(0, 200)}); alert count is on the app badge`)
      },
    },
    desktop.platform,
  )
  const watch = createExpiryWatch(services, { notify, updateTray: drawTray })
  void services.metadata.read().then((doc) => setStartAtLogin(doc.settings.startAtLogin), () => undefined)
  powerMonitor.on('resume', () => void watch.resumed())
  void watch.start()
  return {
    tokenChanged: () => watch.tokenChanged(),
    /** The settings screen saved: re-apply the login item and redraw. */
    settingsChanged: (settings: { startAtLogin: boolean }) => {
      void setStartAtLogin(settings.startAtLogin)
      refresh()
    },
    /** The window came up: the badge for blocked notifications has been seen. */
    windowShown: () => {
      if (blocked.size === 0) return
      blocked.clear()
      app.setBadgeCount(0)
      if (lastModel) drawTray(lastModel)
    },
    stop: () => (watch.stop(), tray.destroy()),
  }
}

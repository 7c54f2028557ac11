import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings'
import type { Services } from '../app/services'
import { buildNotifications, type NotificationSpec } from '../notify/notifications'
import { buildTrayModel, type TrayModel } from '../tray/tray-model'
import { ExpiryScheduler, type Timers } from './scheduler'

/** Where the watch's output goes: the OS notifier and the tray (Electron adapters in the app, recorders in tests). */
export interface WatchOutputs {
  notify(specs: NotificationSpec[]): void
  updateTray(model: TrayModel): void
  timers?: Timers
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms)
    t.unref?.()
    return t
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

/**
 * Wires the scheduler to the services: tokens and settings from the vault and metadata, history stored with
 * `vault.update(id, { alerts })`, background re-checks through `checker.checkAll(ids)`, notifications and the
 * tray from each run, and an `expiry:changed` event for open views. Plain Node: no Electron here.
 */
export const createExpiryWatch = (services: Pick<Services, 'vault' | 'metadata' | 'checker' | 'deps'>, out: WatchOutputs): ExpiryScheduler => {
  let settings: Settings = DEFAULT_SETTINGS
  return new ExpiryScheduler({
    clock: services.deps.clock,
    timers: out.timers ?? realTimers,
    log: services.deps.log,
    load: async () => {
      const [records, doc] = await Promise.all([services.vault.list(), services.metadata.read()])
      settings = doc.settings
      return { records, settings }
    },
    saveAlerts: async (id, alerts) => void (await services.vault.update(id, { alerts })),
    recheck: (ids) => services.checker.checkAll(ids),
    deliver: (result, due) => out.notify(buildNotifications(due, result)),
    onResult: (result) => {
      out.updateTray(buildTrayModel(result, { startAtLogin: settings.startAtLogin }))
      services.deps.emit('expiry:changed', { worst: result.worst })
    },
  })
}

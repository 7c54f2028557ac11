// Electron side of notifications: shows NotificationSpecs (notifications.ts). Thin on purpose.
import { Notification } from 'electron'
import type { NotificationAction, NotificationSpec } from './notifications'

/**
 * Shows each notification. A click calls `onClick`; the "Snooze"/"Renew…" buttons exist only where Electron
 * supports notification actions (macOS); elsewhere the renewal screen offers snooze.
 */
export const createElectronNotifier = (handlers: { onClick(spec: NotificationSpec): void; onAction(spec: NotificationSpec, action: NotificationAction['id']): void }) => {
  const live = new Set<Notification>() // keep references so clicks still arrive after garbage collection
  return (specs: NotificationSpec[]): void => {
    if (!Notification.isSupported()) return
    const withActions = process.platform === 'darwin'
    for (const spec of specs) {
      const n = new Notification({
        title: spec.title,
        body: spec.body,
        urgency: spec.urgency,
        actions: withActions ? spec.actions.map((a) => ({ type: 'button' as const, text: a.label })) : [],
      })
      n.on('click', () => handlers.onClick(spec))
      n.on('action', (_event, index) => {
        const action = spec.actions[index]
        if (action) handlers.onAction(spec, action.id)
      })
      n.on('close', () => live.delete(n))
      live.add(n)
      n.show()
    }
  }
}

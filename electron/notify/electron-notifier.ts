// Electron side of notifications: shows NotificationSpecs (notifications.ts). Thin on purpose.
import { createHash } from 'node:crypto'
import { Notification, type ActivationArguments } from 'electron'
import type { NotificationAction, NotificationSpec } from './notifications'

/** What a notification can lead to; main maps these to the window, snooze and the fallback badge. */
export interface NotifierHandlers {
  onClick(spec: NotificationSpec | undefined): void
  onAction(spec: NotificationSpec, action: NotificationAction['id']): void
  /** The OS refused to show it (unsigned macOS apps get `failed`, notification.md); the user needs another sign. */
  onFailed(spec: NotificationSpec, error: string): void
}

/** Electron's toast Tag limit on Windows: ids over 64 UTF-16 units throw (electron_api_notification.cc). */
const osId = (spec: NotificationSpec) => `pk-${createHash('sha256').update(spec.id).digest('hex').slice(0, 24)}`

/** Reads the notification id Electron put in a Windows activation (`type=…&action=N&tag=<id>`, windows_toast_notification.cc). */
const activationTag = (details: ActivationArguments): string | undefined => new URLSearchParams(details.arguments ?? '').get('tag') ?? undefined

/** How many shown notifications are remembered for late clicks (Windows Action Center). */
const REMEMBERED = 50

/**
 * Shows each notification. Action buttons exist where Electron 45 supports them (macOS and Windows,
 * notification.md "actions"). On Windows every click goes through `Notification.handleActivation`, which
 * also covers toasts that moved to Action Center after their object closed or was collected (the instance
 * events would fire in addition, so they are not used there); elsewhere the instance events are used. Objects
 * are kept until closed so their events still arrive.
 */
export const createElectronNotifier = (handlers: NotifierHandlers, platform: NodeJS.Platform = process.platform) => {
  const live = new Set<Notification>()
  const shown = new Map<string, NotificationSpec>()
  const windows = platform === 'win32'
  const withActions = platform === 'darwin' || windows
  const act = (spec: NotificationSpec, index: number) => {
    const action = spec.actions[index]
    if (action) handlers.onAction(spec, action.id)
  }
  if (windows) {
    Notification.handleActivation((details) => {
      const spec = shown.get(activationTag(details) ?? '')
      if (details.type === 'action' && spec && details.actionIndex !== undefined) act(spec, details.actionIndex)
      else handlers.onClick(spec) // no spec: a toast from before a restart; main opens the timeline
    })
  }
  return (specs: NotificationSpec[]): void => {
    if (!Notification.isSupported()) return
    for (const spec of specs) {
      const id = osId(spec)
      const n = new Notification({
        id,
        title: spec.title,
        body: spec.body,
        urgency: spec.urgency,
        actions: withActions ? spec.actions.map((a) => ({ type: 'button' as const, text: a.label })) : [],
      })
      shown.set(id, spec)
      if (shown.size > REMEMBERED) shown.delete(shown.keys().next().value!)
      if (!windows) {
        n.on('click', () => handlers.onClick(spec))
        // Electron 45 passes the index in the event's details; the positional index is deprecated.
        n.on('action', (details) => act(spec, details.actionIndex))
      }
      n.on('close', () => live.delete(n)) // on Windows `close` also fires when a toast moves to Action Center
      live.add(n) // kept so events (and `failed`) still arrive after garbage collection
      n.on('failed', (_event, error) => {
        live.delete(n)
        handlers.onFailed(spec, String(error))
      })
      n.show()
    }
  }
}

import type { BrowserWindow } from 'electron'
import type { NavigateRequest } from '../../shared/ipc/channels/app'

/** What keeping the one main window needs from main. */
export interface WindowKeeperDeps {
  create(): BrowserWindow
  /** Trusted sender ids for IPC (electron/ipc/sender-check.ts). */
  trustedIds: Set<number>
  /** A page already running gets the screen as an event… */
  navigate(route: NavigateRequest): void
  /** …a new page takes it from the inbox when it starts. */
  queueFirstScreen(route: NavigateRequest): void
  /** Each time the window is shown (e.g. to clear the notification badge). */
  onShown?(): void
}

/**
 * The one main window: created on demand and shown on `ready-to-show` only (main-window.ts), so no empty
 * frame flashes; an existing window is restored and brought to the front.
 */
export const createWindowKeeper = (deps: WindowKeeperDeps) => {
  let window: BrowserWindow | null = null
  const show = (route?: NavigateRequest) => {
    if (!window || window.isDestroyed()) {
      if (route) deps.queueFirstScreen(route)
      const created = (window = deps.create())
      const id = created.webContents.id
      deps.trustedIds.add(id)
      created.webContents.once('destroyed', () => deps.trustedIds.delete(id))
      created.once('ready-to-show', () => deps.onShown?.())
      return
    }
    if (route) deps.navigate(route)
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
    deps.onShown?.()
  }
  return { show, current: () => (window && !window.isDestroyed() ? window : null) }
}

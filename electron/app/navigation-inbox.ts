import type { NavigateRequest } from '../../shared/ipc/channels/app'

/**
 * Holds the screen a new window should open on (a notification or tray click that had to create the
 * window). The renderer takes it once when it starts, so no event can arrive before its listener exists.
 */
export class NavigationInbox {
  private pending: NavigateRequest | null = null

  /** Remembers the screen for the next renderer that starts (the newest request wins). */
  push(route: NavigateRequest): void {
    this.pending = route
  }

  /** The waiting screen, once; null when there is none. */
  take(): NavigateRequest | null {
    const route = this.pending
    this.pending = null
    return route
  }
}

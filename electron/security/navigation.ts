import { APP_HOST, APP_SCHEME } from '../ipc/sender-check'

/**
 * Electron security checklist items 13 and 14 (limit navigation, limit new windows): the window may only
 * show the app's own pages. Everything else is refused; links go through the openExternal allowlist instead.
 */
export const isAppPageUrl = (raw: string, devServerOrigin?: string): boolean => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (!devServerOrigin) return false
  const dev = new URL(devServerOrigin)
  return url.protocol === dev.protocol && url.host === dev.host
}

/** What `setWindowOpenHandler` answers: always deny (the app never opens a second window). */
export const WINDOW_OPEN_DECISION = { action: 'deny' } as const

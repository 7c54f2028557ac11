/** What main knows about the frame that sent an IPC message. */
export interface SenderInfo {
  webContentsId: number
  /** URL of the sending frame (`event.senderFrame.url`). */
  frameUrl: string
  /** True when the sending frame is the top-level frame of its webContents. */
  isMainFrame: boolean
}

/** Which senders main trusts. */
export interface SenderPolicy {
  /** ids of webContents main created for its own windows (removed when they are destroyed). */
  trustedIds: ReadonlySet<number>
  /** Origin of Vite's dev server, only when the app is not packaged. */
  devServerOrigin?: string
}

/** The app's own origin: pages are served from `app://renderer/` (see electron/security/app-protocol.ts). */
export const APP_SCHEME = 'app'
/** Host part of the app's own URLs. */
export const APP_HOST = 'renderer'

/**
 * Electron security checklist item 17 (validate the sender of all IPC messages): only the top frame of a
 * window main created, showing the app's own origin. Compares parsed protocol and host, not `URL.origin`,
 * which Node reports as "null" for custom schemes.
 */
export const isTrustedSender = (sender: SenderInfo, policy: SenderPolicy): boolean => {
  if (!policy.trustedIds.has(sender.webContentsId) || !sender.isMainFrame) return false
  let url: URL
  try {
    url = new URL(sender.frameUrl)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (!policy.devServerOrigin) return false
  const dev = new URL(policy.devServerOrigin)
  return url.protocol === dev.protocol && url.host === dev.host && !url.username && !url.password
}

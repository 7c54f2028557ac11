// What closing the last window does: keep watching in the background, or quit. Electron glue (notification).
import { Notification } from 'electron'
import type { Services } from '../app/services'
import { backgroundNotice, keepsRunningInBackground, trayLikelyVisible } from './background'

/** What the close decision needs. */
export interface CloseContext {
  services: Pick<Services, 'metadata' | 'deps'>
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  quit(): void
}

/**
 * After the last window closed: quit unless "Keep running in the background" is on (by default only where a
 * tray icon shows, electron/platform/background.ts). The first time it keeps running, one notification says
 * how to get the window back and how to quit.
 */
export const closeToBackground = async (ctx: CloseContext): Promise<void> => {
  const settings = (await ctx.services.metadata.read().catch(() => undefined))?.settings
  if (!keepsRunningInBackground(settings?.keepRunningInBackground, ctx.platform, ctx.env)) return ctx.quit()
  if (!settings || settings.backgroundNoticeShown || !Notification.isSupported()) return
  await ctx.services.metadata.update((doc) => void (doc.settings.backgroundNoticeShown = true)).catch(() => undefined)
  new Notification(backgroundNotice(ctx.platform, trayLikelyVisible(ctx.platform, ctx.env))).show()
}

import { z } from 'zod'
import { channel, event } from '../define'

/** Facts about the running app shown in the shell and the about box. */
export interface AppInfo {
  version: string
  platform: string
  dataDir: string
  keychainService: string
}

/** Views the main process may ask the renderer to show (tray, notification clicks). */
export interface NavigateRequest {
  view: 'tokens' | 'token' | 'add' | 'renew' | 'timeline' | 'import' | 'health' | 'settings'
  tokenId?: string
}

/** App-level channels: info and opening allowlisted links. */
export const appChannels = {
  'app:info': channel<AppInfo>()(z.tuple([])),
  /** Opens an https link in the browser if main's allowlist (built from the host catalog) permits it. */
  'app:open-external': channel<void>()(z.tuple([z.string().min(1).max(2048)])),
  /** The screen this window should start on (set when a tray or notification click created it), once. */
  'app:pending-navigation': channel<NavigateRequest | null>()(z.tuple([])),
} as const

/** App-level events. */
export const appEvents = {
  'app:navigate': event<NavigateRequest>(),
} as const

/** The window's colours: follow the OS, or always light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const
/** One of the theme choices. */
export type Theme = (typeof THEMES)[number]

/** User preferences kept in the metadata file. */
export interface Settings {
  /** Days before expiry at which to alert, highest first. */
  alertThresholdsDays: number[]
  /** Clear a copied token from the clipboard after clipboardClearSeconds; false = never cleared. */
  clearClipboard: boolean
  /** Seconds after which a copied token is cleared from the clipboard. */
  clipboardClearSeconds: number
  theme: Theme
  /** Hours between background re-validations. */
  recheckIntervalHours: number
  /** Days after which a key without expiry should be rotated. */
  rotationAdviceDays: number
  startAtLogin: boolean
  /** Keep watching after the window closes; null = on only where a tray icon shows (electron/platform/background.ts). */
  keepRunningInBackground: boolean | null
  /** The "still running" notice after the first window close was shown once. */
  backgroundNoticeShown: boolean
}

/** Seconds after which the clipboard service clears a copied token; 0 when the user turned clearing off. */
export const clipboardClearSecondsOf = (s: Pick<Settings, 'clearClipboard' | 'clipboardClearSeconds'>): number => (s.clearClipboard ? s.clipboardClearSeconds : 0)

/** Defaults for a new install. */
export const DEFAULT_SETTINGS: Settings = {
  alertThresholdsDays: [30, 14, 7, 3, 1],
  clearClipboard: true,
  clipboardClearSeconds: 30,
  theme: 'system',
  recheckIntervalHours: 24,
  rotationAdviceDays: 90,
  startAtLogin: false,
  keepRunningInBackground: null,
  backgroundNoticeShown: false,
}

/** User preferences kept in the metadata file. */
export interface Settings {
  /** Days before expiry at which to alert, highest first. */
  alertThresholdsDays: number[]
  /** Seconds after which a copied token is cleared from the clipboard. */
  clipboardClearSeconds: number
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

/** Defaults for a new install. */
export const DEFAULT_SETTINGS: Settings = {
  alertThresholdsDays: [30, 14, 7, 3, 1],
  clipboardClearSeconds: 30,
  recheckIntervalHours: 24,
  rotationAdviceDays: 90,
  startAtLogin: false,
  keepRunningInBackground: null,
  backgroundNoticeShown: false,
}

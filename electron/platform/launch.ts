/** The argument a login launch carries (XDG autostart `Exec`, Windows login item `args`). */
export const HIDDEN_ARG = '--hidden'

/** What tells a launch apart: its argv, and on macOS Electron's `wasOpenedAtLogin`. */
export interface LaunchFacts {
  argv: readonly string[]
  platform: NodeJS.Platform
  /** `app.getLoginItemSettings().wasOpenedAtLogin` (Electron app.md: macOS only). */
  wasOpenedAtLogin?: boolean
}

/**
 * A login launch starts hidden in the tray (the user did not ask for a window). Linux and Windows learn it
 * from HIDDEN_ARG; macOS cannot pass arguments to a login item (app.md: `args` is Windows only), so it asks
 * `wasOpenedAtLogin`.
 */
export const startsHidden = (facts: LaunchFacts): boolean =>
  facts.argv.includes(HIDDEN_ARG) || (facts.platform === 'darwin' && facts.wasOpenedAtLogin === true)

/**
 * Whether a tray icon is likely visible. Stock GNOME (3.26+) shows neither StatusNotifierItem nor
 * GtkStatusIcon icons without the AppIndicator extension (blogs.gnome.org/aday/2017/08/31/status-icons-and-gnome;
 * Electron tray.md "Linux"); Ubuntu's GNOME session ships that extension. Other desktops show trays.
 */
export const trayLikelyVisible = (platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean => {
  if (platform !== 'linux') return true
  const desktops = (env.XDG_CURRENT_DESKTOP ?? '').toLowerCase().split(':')
  return !desktops.includes('gnome') || desktops.includes('ubuntu')
}

/**
 * "Keep running in the background" after the window closes: the user's choice, or by default on only where
 * a tray icon shows (so a closed window never leaves an app the user cannot see or quit).
 */
export const keepsRunningInBackground = (setting: boolean | null | undefined, platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean =>
  setting ?? trayLikelyVisible(platform, env)

/** The one-time notice after the first close, saying how to get back and how to quit. */
export const backgroundNotice = (platform: NodeJS.Platform, trayVisible: boolean): { title: string; body: string } => {
  const back = trayVisible
    ? platform === 'darwin'
      ? 'Click the PAT Keeper icon in the menu bar or the Dock to open it again'
      : 'Click the PAT Keeper icon in the tray to open it again'
    : 'Start PAT Keeper again from your app launcher to open its window'
  const quit = trayVisible ? 'choose Quit in the icon menu' : 'choose File → Quit in that window'
  return {
    title: 'PAT Keeper is still running',
    body: `It keeps watching your tokens for expiry. ${back}; to stop it, ${quit}. You can turn this off under "Keep running in the background".`,
  }
}

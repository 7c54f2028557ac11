import { applyAutostart, autostartFile, launcherCommand, type LauncherFacts } from './autostart'
import { HIDDEN_ARG } from './launch'

/** Electron's `app.setLoginItemSettings`, as far as PAT Keeper uses it. */
export type SetLoginItem = (settings: { openAtLogin: boolean; path?: string; args?: string[] }) => void

/** What applying "Start at login" needs: the platform, the launcher facts and Electron's call. */
export interface LoginItemDeps extends LauncherFacts {
  platform: NodeJS.Platform
  homedir: string
  setLoginItemSettings: SetLoginItem
}

/**
 * Turns "Start at login" on or off the way each OS offers it. Linux: an XDG autostart entry, since
 * Electron's `setLoginItemSettings` is macOS/Windows only (app.md) and does nothing there. Windows: the
 * Run key with HIDDEN_ARG (and the app folder for a checkout). macOS: a login item; the hidden start is
 * detected with `wasOpenedAtLogin`.
 */
export const applyStartAtLogin = async (deps: LoginItemDeps, enabled: boolean): Promise<void> => {
  const [path, ...rest] = launcherCommand(deps)
  if (deps.platform === 'linux') return applyAutostart(autostartFile(deps.env, deps.homedir), enabled, [path!, ...rest])
  if (deps.platform === 'win32') return deps.setLoginItemSettings({ openAtLogin: enabled, path, args: [...rest, HIDDEN_ARG] })
  deps.setLoginItemSettings({ openAtLogin: enabled })
}

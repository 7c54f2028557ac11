import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { APP_NAME } from './paths'
import { HIDDEN_ARG } from './launch'

/** Where the launcher of the running app is: what an autostart entry or login item must start. */
export interface LauncherFacts {
  env: Readonly<Record<string, string | undefined>>
  /** `process.execPath`: the app binary (packaged) or Electron (a checkout). */
  execPath: string
  isPackaged: boolean
  /** `app.getAppPath()`: the checkout folder Electron must be given when not packaged. */
  appPath: string
}

/**
 * The command that starts this app again later. An AppImage runs from a per-launch mount
 * (`/tmp/.mount_*`), so its stable path is `$APPIMAGE` (docs.appimage.org, "Environment variables"); a
 * checkout needs Electron plus the app folder.
 */
export const launcherCommand = (facts: LauncherFacts): string[] => {
  if (facts.isPackaged) return [facts.env.APPIMAGE || facts.execPath]
  return [facts.execPath, facts.appPath]
}

/** The autostart file: `$XDG_CONFIG_HOME/autostart/pat-keeper.desktop` (XDG Autostart spec, "Autostart Directories"). */
export const autostartFile = (env: Readonly<Record<string, string | undefined>>, homedir: string): string =>
  join(env.XDG_CONFIG_HOME || join(homedir, '.config'), 'autostart', 'pat-keeper.desktop')

// Desktop Entry spec, "The Exec key": an argument with spaces or reserved characters is double-quoted, and
// inside quotes `"`, `` ` ``, `$` and `\` are escaped with a backslash.
const quoteExecArg = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `"${arg.replace(/(["`$\\])/g, '\\$1')}"`)

/** The `.desktop` entry that starts PAT Keeper hidden in the tray at login. */
export const autostartEntry = (command: readonly string[]): string =>
  [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${APP_NAME}`,
    'Comment=Watches your Git tokens for expiry',
    `Exec=${[...command, HIDDEN_ARG].map(quoteExecArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')

/** Writes (enabled) or removes (disabled) the XDG autostart entry; Electron's login item does nothing on Linux. */
export const applyAutostart = async (file: string, enabled: boolean, command: readonly string[]): Promise<void> => {
  if (!enabled) return rm(file, { force: true })
  await mkdir(dirname(file), { recursive: true })
  // Written beside and renamed over, so a session manager reading the folder never sees a half-written entry.
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, autostartEntry(command), { mode: 0o644 })
  await rename(temp, file)
}

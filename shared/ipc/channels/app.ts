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

/** Whether `patkeeper` can be run from a terminal, and where Settings puts it ("Install command-line tool"). */
export interface CliToolStatus {
  /** True when a terminal finds the installed `patkeeper` by name. */
  onPath: boolean
  /** The command a terminal finds (a link PAT Keeper made, or e.g. /usr/bin/patkeeper from the deb), if any. */
  command?: string
  /** The installed executable git uses (`<data dir>/bin/patkeeper`). */
  executable: string
  /** False where Settings does not install it (Windows: the installer puts it on PATH, see `message`). */
  canInstall: boolean
  /** One or two sentences: the state, and what to do when it is not on PATH. */
  message: string
}

/** App-level channels: info and opening allowlisted links. */
export const appChannels = {
  'app:info': channel<AppInfo>()(z.tuple([])),
  /** Opens an https link in the browser if main's allowlist (built from the host catalog) permits it. */
  'app:open-external': channel<void>()(z.tuple([z.string().min(1).max(2048)])),
  /** The screen this window should start on (set when a tray or notification click created it), once. */
  'app:pending-navigation': channel<NavigateRequest | null>()(z.tuple([])),
  /** Whether the `patkeeper` command is on PATH (Settings, "Command-line tool"). */
  'app:cli-tool': channel<CliToolStatus>()(z.tuple([])),
  /** Links `patkeeper` into ~/.local/bin (Linux, macOS), after installing the executable at its stable path. */
  'app:install-cli': channel<CliToolStatus>()(z.tuple([])),
} as const

/** App-level events. */
export const appEvents = {
  'app:navigate': event<NavigateRequest>(),
} as const

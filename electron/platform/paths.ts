import { join } from 'node:path'

/** The product name; also Electron's default `userData` folder name. */
export const APP_NAME = 'PAT Keeper'

/** Keychain service name of the released app and CLI. */
export const DEFAULT_KEYCHAIN_SERVICE = 'PAT Keeper'

/** Environment, platform and home folder: everything the path rules depend on. */
export interface PathEnv {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  homedir: string
}

/**
 * The data folder, computed exactly as Electron's `userData` (so the app and the CLI agree):
 * `$XDG_CONFIG_HOME/PAT Keeper` on Linux, `~/Library/Application Support/PAT Keeper` on macOS,
 * `%APPDATA%\PAT Keeper` on Windows. `PATKEEPER_HOME` overrides it.
 */
export const dataDirFor = ({ env, platform, homedir }: PathEnv): string => {
  if (env.PATKEEPER_HOME) return env.PATKEEPER_HOME
  if (platform === 'darwin') return join(homedir, 'Library', 'Application Support', APP_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir, 'AppData', 'Roaming'), APP_NAME)
  return join(env.XDG_CONFIG_HOME || join(homedir, '.config'), APP_NAME)
}

/** Keychain service name: `PATKEEPER_KEYCHAIN_SERVICE` overrides it (dev runs and tests use their own). */
export const keychainServiceFor = ({ env }: Pick<PathEnv, 'env'>): string =>
  env.PATKEEPER_KEYCHAIN_SERVICE || DEFAULT_KEYCHAIN_SERVICE

/** Where the log file lives inside the data folder. */
export const logFileFor = (dataDir: string): string => join(dataDir, 'logs', 'patkeeper.log')

/** Profile name of runs from a checkout (`npm start`, `npm run dev`): keychain service and data folder. */
export const DEV_PROFILE = 'PAT Keeper Dev'

/**
 * The environment of a run from a checkout: its own keychain service and data folder (and so its own
 * single-instance lock, which lives in the data folder) unless set explicitly, so it never touches the
 * installed app's tokens.
 */
export const withDevProfile = (env: Readonly<Record<string, string | undefined>>, homedir: string): Record<string, string | undefined> => ({
  ...env,
  PATKEEPER_KEYCHAIN_SERVICE: env.PATKEEPER_KEYCHAIN_SERVICE || DEV_PROFILE,
  PATKEEPER_HOME: env.PATKEEPER_HOME || join(homedir, '.config', DEV_PROFILE),
})

/** Chromium's own files (cache, local storage, GPU cache) go here, not beside metadata.json (Electron `sessionData`). */
export const sessionDataDirFor = (dataDir: string): string => join(dataDir, 'chromium')

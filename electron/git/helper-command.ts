/** How git should start the credential helper: the `patkeeper` executable and env to pass along. */
export interface HelperLocation {
  /** Absolute path of the standalone `patkeeper` executable (its stable installed copy, see helper-install.ts). */
  executable: string
  env?: Record<string, string>
}

/** `patkeeper <this> get|store|erase` answers git's credential protocol (electron/cli/patkeeper.ts). */
export const HELPER_SUBCOMMAND = 'credential'

/** Quotes one word for the POSIX shell git runs `!` helpers with (Git for Windows ships that shell too). */
export const shellQuote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`

/**
 * The `credential.<url>.helper` value: an absolute `!` command, so it works without PATH and with paths
 * containing spaces; git appends get/store/erase. Environment overrides (a separate profile's data folder
 * or keychain service) are baked in only when they are set, so the default profile follows the app's own
 * path rules.
 */
export const helperCommand = (location: HelperLocation): string => {
  const env = Object.entries(location.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)} `)
  return `!${env.join('')}${shellQuote(location.executable)} ${HELPER_SUBCOMMAND}`
}

/** Environment the helper needs from this process: only the profile overrides that are actually set. */
export const profileEnv = (env: Readonly<Record<string, string | undefined>>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const key of ['PATKEEPER_HOME', 'PATKEEPER_KEYCHAIN_SERVICE'] as const) if (env[key]) out[key] = env[key]!
  return out
}

/**
 * True for a helper value PAT Keeper wrote, in any of its forms: this executable's `… credential`, the
 * contributor bundle `git-credential-patkeeper.cjs`, or the first version's form that ran the app binary as Node.
 */
export const isPatKeeperHelper = (value: string): boolean =>
  value.startsWith('!') && (/git-credential-patkeeper/.test(value) || /ELECTRON_RUN_AS_NODE=/.test(value) || /patkeeper(\.exe)?' credential$/.test(value))

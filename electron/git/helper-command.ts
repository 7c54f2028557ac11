import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** How git should start the credential helper: an interpreter, the helper script, and env to pass along. */
export interface HelperLocation {
  /** Absolute path of Node (or of Electron, with ELECTRON_RUN_AS_NODE=1 in `env`). */
  node: string
  /** Absolute path of git-credential-patkeeper.cjs. */
  script: string
  env?: Record<string, string>
}

/** Quotes one word for the POSIX shell git runs `!` helpers with (Git for Windows ships that shell too). */
export const shellQuote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`

/**
 * The `credential.<url>.helper` value: an absolute `!` command, so it works without PATH and with paths
 * containing spaces. Environment overrides (a separate profile's data folder or keychain service) are
 * baked in only when they are set, so the default profile follows the app's own path rules.
 */
export const helperCommand = (location: HelperLocation): string => {
  const env = Object.entries(location.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)} `)
  return `!${env.join('')}${shellQuote(location.node)} ${shellQuote(location.script)}`
}

/** Environment the helper needs from this process: only the profile overrides that are actually set. */
export const profileEnv = (env: Readonly<Record<string, string | undefined>>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const key of ['PATKEEPER_HOME', 'PATKEEPER_KEYCHAIN_SERVICE'] as const) if (env[key]) out[key] = env[key]!
  return out
}

/**
 * Where the built helper lives for this run: dist-cli/ beside the running bundle (app or CLI), else the
 * project's dist-cli/. Electron runs it as Node with ELECTRON_RUN_AS_NODE (asar reads work in that mode).
 */
export const defaultHelperLocation = (env: Readonly<Record<string, string | undefined>>): HelperLocation => {
  const name = 'git-credential-patkeeper.cjs'
  // Bundled main (dist-electron/main.cjs, also inside app.asar) finds ../dist-cli; the CLI finds its sibling.
  const bundleDir = typeof __dirname === 'string' ? __dirname : ''
  const candidates = [
    bundleDir ? join(bundleDir, '..', 'dist-cli', name) : '',
    process.argv[1] ? join(dirname(resolve(process.argv[1])), name) : '',
    join(process.cwd(), 'dist-cli', name),
  ]
  const script = candidates.find((c) => c && existsSync(c)) ?? candidates[2]!
  const electron = Boolean(process.versions.electron)
  return { node: process.execPath, script, env: { ...(electron ? { ELECTRON_RUN_AS_NODE: '1' } : {}), ...profileEnv(env) } }
}

import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, statSync, utimesSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { AppError } from '../errors/app-error'
import { profileEnv, type HelperLocation } from './helper-command'

/** The executable's file name on a platform. */
export const executableName = (platform: NodeJS.Platform = process.platform): string => (platform === 'win32' ? 'patkeeper.exe' : 'patkeeper')

/**
 * The stable path git config names: `<data dir>/bin/patkeeper`. The data folder is the one per-user place
 * the app and the CLI already agree on (and PATKEEPER_HOME gives each test or dev profile its own); it
 * survives app updates, moves, AppImage mounts (`/tmp/.mount_*`) and macOS translocation, which all change
 * the app's own path, and needs no root. Like VS Code's askpass copy, the app refreshes it on start and
 * before each git setup.
 */
export const installedExecutablePath = (dataDir: string, platform: NodeJS.Platform = process.platform): string => join(dataDir, 'bin', executableName(platform))

/** Where this run can find the freshly built or shipped executable. */
export interface ExecutableSearch {
  /** The running program (the compiled executable itself when `compiled`). */
  execPath: string
  compiled: boolean
  /** Electron's `process.resourcesPath` in the app (the executable is an `extraResources` file there). */
  resourcesPath?: string
  /** Folder of the running bundle (dist-electron/ or dist-cli/ in a checkout). */
  bundleDir?: string
  cwd: string
  platform: NodeJS.Platform
}

/** This process's search facts. */
export const currentSearch = (): ExecutableSearch => ({
  execPath: process.execPath,
  compiled: Boolean(process.versions.bun),
  resourcesPath: (process as { resourcesPath?: string }).resourcesPath,
  bundleDir: typeof __dirname === 'string' ? __dirname : undefined,
  cwd: process.cwd(),
  platform: process.platform,
})

/** The shipped executable: this one if compiled, else resources/bin/ (packaged app), else dist-bin/ of a checkout. */
export const findShippedExecutable = (s: ExecutableSearch): string | undefined => {
  if (s.compiled) return s.execPath
  const name = executableName(s.platform)
  const candidates = [
    s.resourcesPath ? join(s.resourcesPath, 'bin', name) : '',
    s.bundleDir ? resolve(s.bundleDir, '..', 'dist-bin', name) : '',
    join(s.cwd, 'dist-bin', name),
  ]
  return candidates.find((c) => c && existsSync(c))
}

/** What `installExecutable` did. */
export interface InstallResult {
  path: string
  /** True when the copy was written now (first run, or the shipped file changed: an update or a rebuild). */
  updated: boolean
}

/**
 * Copies `source` to `target` unless the copy there already has the same size and modification time
 * (kept from the source on copy, so an update or a rebuild shows as a change without hashing 100 MB).
 * Writes beside the target and renames over it, so a git request running the old copy keeps working.
 */
export const installExecutable = (source: string, target: string): InstallResult => {
  const from = statSync(source)
  if (resolve(source) === resolve(target)) return { path: target, updated: false }
  if (existsSync(target)) {
    const to = statSync(target)
    // Within 2 ms: utimes goes through a double of seconds, so the copy's time can come back a hair earlier.
    if (to.size === from.size && Math.abs(to.mtimeMs - from.mtimeMs) < 2) return { path: target, updated: false }
  }
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 }) // like the data folder itself (metadata-store.ts)
  const temp = `${target}.${process.pid}.tmp`
  copyFileSync(source, temp)
  chmodSync(temp, 0o755)
  utimesSync(temp, from.atime, from.mtime)
  renameSync(temp, target)
  return { path: target, updated: true }
}

/** Says how to get the executable when neither a shipped nor an installed copy exists. */
export const MISSING_EXECUTABLE =
  'The patkeeper executable git needs was not found. From a checkout, run "npm run build" (it builds dist-bin/patkeeper); otherwise reinstall PAT Keeper. Nothing was changed.'

/**
 * Makes sure the stable copy is current and returns it: installs the shipped executable when there is one,
 * else keeps an already installed copy (e.g. the CLI run from a Node bundle with no build beside it).
 */
export const ensureInstalledExecutable = (dataDir: string, search: ExecutableSearch = currentSearch()): InstallResult => {
  const target = installedExecutablePath(dataDir, search.platform)
  const source = findShippedExecutable(search)
  if (source) return installExecutable(source, target)
  if (existsSync(target)) return { path: target, updated: false }
  throw new AppError('not-found', MISSING_EXECUTABLE)
}

/**
 * The helper git setup writes: the stable path, plus the profile overrides of this process. Naming it has no
 * side effect (a preview writes nothing); `ensureInstalledExecutable` puts the file there before git config
 * is written.
 */
export const installedHelperLocation = (dataDir: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): HelperLocation => ({
  executable: installedExecutablePath(dataDir, platform),
  env: profileEnv(env),
})

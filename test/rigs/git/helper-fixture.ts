import { createHash, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TokenRecord } from '../../../shared/domain/token'
import type { HelperLocation } from '../../../electron/git/helper-command'
import { installedExecutablePath, installExecutable } from '../../../electron/git/helper-install'
// @ts-expect-error: a plain .mjs build script without type declarations
import { compileExecutable, EXECUTABLE_NAME } from '../../../scripts/build-bin.mjs'

const ROOT = resolve(import.meta.dirname, '../../..')
let built: string | undefined

/** Hash of everything the executable is compiled from, so a stale compile is never reused. */
const sourceHash = (): string => {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = `${dir}/${entry.name}`
      if (entry.isDirectory()) walk(rel)
      else hash.update(rel).update(readFileSync(join(ROOT, rel)))
    }
  }
  walk('electron')
  walk('shared')
  for (const file of ['scripts/build-bin.mjs', 'package-lock.json']) hash.update(file).update(readFileSync(join(ROOT, file)))
  return hash.digest('hex').slice(0, 16)
}

/**
 * Compiles the standalone `patkeeper` executable exactly as `npm run build` does (scripts/build-bin.mjs),
 * from the current sources, and returns its path. Kept in node_modules/.cache under the sources' hash, so
 * test files share one compile and never use a stale one; compiled beside and renamed, so parallel test
 * workers never see half a file.
 */
export const buildExecutable = (): string => {
  if (built) return built
  const cache = join(ROOT, 'node_modules', '.cache', 'patkeeper-bin')
  const hash = sourceHash()
  const dir = join(cache, hash)
  const file = join(dir, EXECUTABLE_NAME as string)
  if (!existsSync(file)) {
    // Compiles of older sources are ~110 MB each and never used again.
    if (existsSync(cache)) for (const old of readdirSync(cache)) if (old !== hash) rmSync(join(cache, old), { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    compileExecutable(temp)
    renameSync(temp, file)
  }
  return (built = file)
}

/**
 * The helper location for a test profile, as the app and CLI produce it: the compiled executable installed
 * at the profile's stable path (`<data dir>/bin/patkeeper`), plus the profile's data folder and keychain
 * service.
 */
export const helperLocationFor = async (profile: { dataDir: string; keychainService: string }): Promise<HelperLocation> => ({
  executable: installExecutable(buildExecutable(), installedExecutablePath(profile.dataDir)).path,
  env: { PATKEEPER_HOME: profile.dataDir, PATKEEPER_KEYCHAIN_SERVICE: profile.keychainService },
})

/** A complete token record for tests (no secret: that goes to the keychain separately). */
export const tokenRecord = (fields: Partial<TokenRecord> & Pick<TokenRecord, 'label' | 'url'>): TokenRecord => {
  const now = new Date().toISOString()
  return {
    id: randomUUID(),
    host: 'github-enterprise',
    scopes: [],
    expiresAt: null,
    expirySource: null,
    createdAt: now,
    updatedAt: now,
    rotations: [],
    usedIn: [],
    gitBindings: [],
    alerts: { sent: [] },
    ...fields,
  }
}

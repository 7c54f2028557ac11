import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import type { TokenRecord } from '../../../shared/domain/token'
import type { HelperLocation } from '../../../electron/git/helper-command'

const ROOT = resolve(import.meta.dirname, '../../..')
let built: Promise<string> | undefined

/**
 * Bundles electron/cli/git-credential-patkeeper.ts exactly as scripts/build-node.mjs does (into a temp
 * folder, so tests never depend on a stale dist-cli) and returns the script path. Built once per process.
 */
export const buildCredentialHelper = (): Promise<string> =>
  (built ??= (async () => {
    // Inside node_modules/.cache so `require('keytar')` resolves; the folder name has a space on purpose
    // (the helper command git runs must quote it).
    const cache = join(ROOT, 'node_modules', '.cache')
    mkdirSync(cache, { recursive: true })
    const outfile = join(mkdtempSync(join(cache, 'patkeeper helper ')), 'git-credential-patkeeper.cjs')
    await build({
      entryPoints: [join(ROOT, 'electron/cli/git-credential-patkeeper.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      external: ['electron', 'keytar'],
      logLevel: 'warning',
    })
    return outfile
  })())

/** The helper location for a test profile: this Node, the built script, the profile's data folder and keychain service. */
export const helperLocationFor = async (profile: { dataDir: string; keychainService: string }): Promise<HelperLocation> => ({
  node: process.execPath,
  script: await buildCredentialHelper(),
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

import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import { ROOT } from './cli-run'

describe('a locked keyring (its own private Secret Service, locked mid-run)', () => {
  it('refuses every operation with keychain-locked and writes nothing', async () => {
    const out = resolve(tempDir('patkeeper-locked-'), 'locked.cjs')
    await build({ entryPoints: [resolve(import.meta.dirname, 'locked-script.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', external: ['keytar', 'esbuild', 'vitest'], logLevel: 'warning', nodePaths: [resolve(ROOT, 'node_modules')] })
    const secret = `ghp_${randomBytes(18).toString('hex')}`
    const secret2 = `ghp_${randomBytes(18).toString('hex')}`
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: resolve(ROOT, 'node_modules') }
    delete env.PATKEEPER_KEYCHAIN_RIG // a fresh rig: locking must not disturb other tests' keyring
    const run = spawnSync('bash', [resolve(ROOT, 'test/rigs/keychain/run.sh'), process.execPath, out, secret, secret2], { encoding: 'utf8', env, timeout: 60_000 })
    expect(run.status, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout)
    for (const op of ['readSecret', 'add', 'rotate', 'remove'])
      expect(result[op], op).toMatchObject({ ok: false, code: 'keychain-locked', message: expect.stringMatching(/locked.*Unlock your login keyring/s) })
    expect(result.doctor.keychain).toMatchObject({ ok: false, code: 'keychain-locked' })
    expect(result.metadataUnchanged).toBe(true)
    expect(run.stdout + run.stderr).not.toContain(secret)
    expect(run.stdout + run.stderr).not.toContain(secret2)
  })
})

import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../electron/app/services'
import { createMetadataStore } from '../../electron/metadata/metadata-store'
import { mapKeychainError } from '../../electron/secrets/keychain-errors'
import { createKeytarStore } from '../../electron/secrets/keytar-store'
import type { SecretStore } from '../../electron/secrets/secret-store'
import { createVault } from '../../electron/vault/vault'
import { createTestDeps, tempDir } from '../helpers/test-deps'
import { faultRows } from './support/fault-figures'
import { expectNothingLost, holdings } from './support/nothing-lost'

// Fault rows "the keychain is missing, locked, or refuses halfway" (docs/faults.md).
const ROOT = resolve(import.meta.dirname, '../..')
const row = faultRows('faults-keychain')
const secret = () => `ghp_${randomBytes(18).toString('hex')}`
let script = ''
const VAULT_OPS = ['readSecret', 'add', 'rotate', 'remove'] as const

beforeAll(async () => {
  script = join(tempDir('patkeeper-kc-fault-'), 'script.cjs')
  await build({ entryPoints: [resolve(import.meta.dirname, 'support/keychain-fault-script.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', external: ['keytar', 'esbuild', 'vitest'], logLevel: 'warning', nodePaths: [resolve(ROOT, 'node_modules')] })
})

const runScript = (args: string[], env: NodeJS.ProcessEnv) => {
  const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, NODE_PATH: resolve(ROOT, 'node_modules'), ...env }, timeout: 60_000 })
  expect(run.status, run.stderr).toBe(0)
  return { out: JSON.parse(run.stdout.trim().split('\n').pop()!), all: run.stdout + run.stderr }
}

describe('fault table: the keychain', () => {
  it('missing (no D-Bus session / no Secret Service) -> keychain-missing with how to install one; nothing lost', () =>
    row(async () => {
      const deps = createTestDeps()
      const services = createServices(deps)
      const secrets = [secret(), secret()]
      for (const [i, s] of secrets.entries()) await services.vault.add({ host: 'github', label: `token ${i + 1}`, secret: s })
      const before = await holdings(deps.dataDir, deps.keychainService)
      const extra = secret()
      const { out, all } = runScript(['ops', deps.dataDir, deps.keychainService, extra], { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' })
      expect(out.list).toEqual({ ok: true }) // the list lives in the metadata file and still shows
      for (const op of VAULT_OPS) expect(out[op], op).toMatchObject({ ok: false, code: 'keychain-missing', message: expect.stringMatching(/No system keychain is available, so nothing was saved\. Install and start a Secret Service provider/) })
      expect(out.check).toMatchObject({ ok: false, code: 'keychain-missing' })
      expect(out.doctor).toMatchObject({ ok: false, code: 'keychain-missing' })
      for (const s of [...secrets, extra]) expect(all).not.toContain(s)
      await expectNothingLost(before, { exact: true })
    }))

  it('locked (its own private keyring, locked mid-run) -> keychain-locked with how to unlock; nothing lost after unlocking', () =>
    row(async () => {
      const dataDir = tempDir()
      const service = `PAT Keeper Fault ${randomBytes(4).toString('hex')}`
      const [s1, s2, extra] = [secret(), secret(), secret()]
      const node = `NODE_PATH=${resolve(ROOT, 'node_modules')} ${process.execPath} ${script}`
      // One private rig: seed, read, lock + try everything, unlock (a fresh daemon reads the keyring file), read again.
      const driver = [
        `${node} seed "${dataDir}" "${service}" ${s1} ${s2}`,
        `${node} read "${dataDir}" "${service}"`,
        `${node} ops "${dataDir}" "${service}" ${extra} --lock`,
        'printf rig-password | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null 2>&1; sleep 0.5',
        `${node} read "${dataDir}" "${service}"`,
      ].join(' && ')
      const env = { ...process.env }
      delete env.PATKEEPER_KEYCHAIN_RIG // a fresh rig: locking must not disturb other tests' keyring
      const run = spawnSync('bash', [resolve(ROOT, 'test/rigs/keychain/run.sh'), 'bash', '-c', driver], { encoding: 'utf8', env, timeout: 90_000 })
      expect(run.status, run.stderr).toBe(0)
      const lines = run.stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
      const [, before, during, after] = lines
      for (const op of VAULT_OPS) expect(during[op], op).toMatchObject({ ok: false, code: 'keychain-locked', message: expect.stringMatching(/The system keychain is locked, so nothing was saved or read\. Unlock your login keyring/) })
      expect(during.doctor).toMatchObject({ ok: false, code: 'keychain-locked' })
      expect(during.metadata).toBe(before.metadata)
      expect(after).toEqual(before) // same records, same secrets, same metadata bytes
      for (const s of [s1, s2, extra]) expect(run.stdout + run.stderr).not.toContain(s)
    }))

  it('another PAT Keeper process probing the keychain while this one lists it -> both keep working, nothing lost', () =>
    row(async () => {
      const deps = createTestDeps()
      const services = createServices(deps)
      for (let i = 0; i < 8; i++) await services.vault.add({ host: 'github', label: `token ${i + 1}`, secret: secret() })
      const before = await holdings(deps.dataDir, deps.keychainService)
      const env = { ...process.env, NODE_PATH: resolve(ROOT, 'node_modules') }
      const args = (mode: string, n: string) => [script, mode, deps.dataDir, deps.keychainService, n]
      // Before the fix libsecret's listing crashed this process (SIGSEGV) within a few hundred rounds.
      const prober = spawn(process.execPath, args('probe-loop', '8000'), { env, stdio: ['ignore', 'pipe', 'pipe'] })
      const lister = spawnSync(process.execPath, args('list-loop', '100'), { encoding: 'utf8', env, timeout: 60_000 })
      prober.kill('SIGTERM')
      expect(lister.signal, lister.stderr).toBeNull()
      expect(lister.status, lister.stderr).toBe(0)
      expect(JSON.parse(lister.stdout.trim())).toEqual({ listed: 100, refused: 0 })
      await expectNothingLost(before, { exact: true })
    }))

  it('denying halfway (the keychain refuses the write or delete after earlier calls succeeded) -> keychain-denied; nothing lost', () =>
    row(async () => {
      const deps = createTestDeps()
      const real = createKeytarStore(deps.keychainService)
      let deny = false
      // The real store, with the OS refusing from a chosen moment on (as when a user clicks "Deny" on a
      // keychain prompt); the refusal goes through the product's own error mapping.
      const refusing: SecretStore = {
        ...real,
        set: (id, s) => (deny ? Promise.reject(mapKeychainError(new Error('User canceled the operation.'))) : real.set(id, s)),
        delete: (id) => (deny ? Promise.reject(mapKeychainError(new Error('User canceled the operation.'))) : real.delete(id)),
      }
      const vault = createVault(createMetadataStore(deps.dataDir, deps.log), refusing, deps)
      const secrets = [secret(), secret()]
      const [first, second] = [await vault.add({ host: 'github', label: 'one', secret: secrets[0]! }), await vault.add({ host: 'github', label: 'two', secret: secrets[1]! })]
      const before = await holdings(deps.dataDir, deps.keychainService)
      deny = true
      const attempts = {
        add: vault.add({ host: 'github', label: 'three', secret: secret() }),
        rotate: vault.rotate(first.id, secret()),
        remove: vault.remove(second.id),
      }
      for (const [op, attempt] of Object.entries(attempts))
        await expect(attempt, op).rejects.toMatchObject({ code: 'keychain-denied', message: expect.stringMatching(/The system keychain refused access to PAT Keeper, so nothing was changed\. Allow PAT Keeper when the keychain asks/) })
      await expectNothingLost(before, { exact: true })
      expect(readFileSync(join(deps.dataDir, 'metadata.json'), 'utf8')).toBe(before.metadataText)
    }))
})

// Runs in its own process (see faults-keychain.test.ts), so the keychain can be missing (no D-Bus) or
// locked without disturbing other tests. Modes: seed | ops [--lock] | read | probe-loop | list-loop; prints one JSON line.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServices } from '../../../electron/app/services'
import { createKeytarStore } from '../../../electron/secrets/keytar-store'
import { createTestDeps } from '../../helpers/test-deps'
import { lockLoginKeyring, outcome } from '../../helpers/outcomes'

const [mode, dataDir, service, ...rest] = process.argv.slice(2) as [string, string, string, ...string[]]
const services = createServices({ ...createTestDeps({ dataDir, env: { PATKEEPER_HOME: dataDir } }), keychainService: service })
const sha = (text: string) => createHash('sha256').update(text).digest('hex')

const main = async (): Promise<unknown> => {
  if (mode === 'seed') {
    for (const [i, secret] of rest.entries()) await services.vault.add({ host: 'github', label: `token ${i + 1}`, secret })
    return { ok: true }
  }
  if (mode === 'probe-loop') {
    // Another PAT Keeper process checking the keychain (as `patkeeper doctor` does), as fast as it can.
    const store = createKeytarStore(service)
    const until = Date.now() + Number(rest[0] ?? 5000)
    let probes = 0
    while (Date.now() < until) if ((await store.probe()).ok) probes += 1
    return { probes }
  }
  if (mode === 'list-loop') {
    // This process lists the keychain (doctor, doctor --fix) over and over meanwhile.
    let listed = 0
    let refused = 0
    for (let i = 0; i < Number(rest[0] ?? 500); i++) {
      try {
        await services.secrets.ids()
        listed += 1
      } catch {
        refused += 1
      }
    }
    return { listed, refused }
  }
  if (mode === 'read') {
    const records = await services.vault.list()
    const secrets: Record<string, string> = {}
    for (const r of records) secrets[r.id] = sha(await services.vault.readSecret(r.id))
    return { labels: records.map((r) => r.label), secrets, metadata: sha(readFileSync(services.metadata.path, 'utf8')) }
  }
  if (rest.includes('--lock')) lockLoginKeyring()
  const [first, second] = await services.vault.list()
  return {
    list: await outcome(() => services.vault.list()),
    readSecret: await outcome(() => services.vault.readSecret(first!.id)),
    add: await outcome(() => services.vault.add({ host: 'github', label: 'during fault', secret: rest[0]! })),
    rotate: await outcome(() => services.vault.rotate(first!.id, rest[0]!)),
    remove: await outcome(() => services.vault.remove(second!.id)),
    check: await outcome(() => services.checker.checkToken(first!.id)),
    doctor: (await services.vault.doctor()).keychain,
    metadata: sha(readFileSync(services.metadata.path, 'utf8')),
  }
}

void main().then(
  (out) => {
    process.stdout.write(`${JSON.stringify(out)}\n`)
    process.exit(0)
  },
  (error) => {
    process.stderr.write(`script failed: ${(error as Error).message}\n`)
    process.exit(3)
  },
)

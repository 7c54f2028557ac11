// Time to list 1,000 tokens through the vault service (in process) and through the standalone `patkeeper`
// executable (a real process; target: list --json under 60 ms).
// Run: node scripts/run-bench.mjs bench/vault-list.bench.ts
// Records are written straight into the metadata file (listing never touches the keychain).
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodeDeps } from '../electron/app/node-deps'
import { createServices } from '../electron/app/services'
import { HOST_KINDS } from '../shared/domain/hosts'
import type { TokenRecord } from '../shared/domain/token'

const COUNT = 1000
const home = mkdtempSync(join(tmpdir(), 'patkeeper-bench-'))
const services = createServices(createNodeDeps({ dataDir: home, env: { PATKEEPER_HOME: home }, keychainService: 'PAT Keeper Bench' }))
const now = new Date().toISOString()
const record = (i: number): TokenRecord => ({
  id: randomUUID(), label: `token-${String(i).padStart(4, '0')}`, host: HOST_KINDS[i % HOST_KINDS.length]!, url: 'https://example.com',
  username: `user${i}`, scopes: ['repo', 'workflow'], expiresAt: new Date(Date.now() + (i % 400) * 86_400_000).toISOString(), expirySource: 'host',
  createdAt: now, updatedAt: now, rotations: [], usedIn: [{ id: randomUUID(), text: `CI runner ${i}` }], gitBindings: [], alerts: { sent: [] },
  lastCheck: { status: 'valid', checkedAt: now, message: 'The host accepted this token.', scopes: ['repo', 'workflow'] },
})

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const ms = (n: number) => `${n.toFixed(2)} ms`

void (async () => {
  const t0 = performance.now()
  await services.metadata.update((doc) => void doc.tokens.push(...Array.from({ length: COUNT }, (_, i) => record(i))))
  console.log(`seed: wrote ${COUNT} records (${(statSync(services.metadata.path).size / 1024).toFixed(0)} KiB) in ${ms(performance.now() - t0)}`)

  const service: number[] = []
  for (let i = 0; i < 30; i++) {
    const s = performance.now()
    const list = await services.vault.list()
    service.push(performance.now() - s)
    if (list.length !== COUNT) throw new Error(`listed ${list.length}`)
  }
  console.log(`vault.list() of ${COUNT} tokens: first ${ms(service[0]!)}, median ${ms(median(service))} over ${service.length} runs`)

  const write: number[] = []
  for (let i = 0; i < 10; i++) {
    const s = performance.now()
    await services.vault.update((await services.vault.list())[i]!.id, { usedIn: [{ id: 'n', text: `bench ${i}` }] })
    write.push(performance.now() - s)
  }
  console.log(`vault.update() with ${COUNT} tokens in the file (lock + backup + fsync + rename): median ${ms(median(write))}`)

  // What Check all costs per batch of results: one updateMany write, and the health report the list reloads after it.
  const batch: number[] = []
  for (let i = 0; i < 10; i++) {
    const ids = (await services.vault.list()).slice(i * 50, i * 50 + 50).map((t) => t.id)
    const s = performance.now()
    await services.vault.updateMany(ids.map((id) => [id, { lastCheck: { status: 'valid', checkedAt: new Date().toISOString(), message: 'ok' } }] as const))
    batch.push(performance.now() - s)
  }
  console.log(`vault.updateMany() of 50 check results with ${COUNT} tokens in the file (one write): median ${ms(median(batch))}`)
  const health: number[] = []
  for (let i = 0; i < 10; i++) {
    const s = performance.now()
    await services.health.report()
    health.push(performance.now() - s)
  }
  console.log(`health.report() (the list's risk flags, no keychain) of ${COUNT} tokens: first ${ms(health[0]!)}, median ${ms(median(health))}`)

  // The standalone executable, compiled exactly as `npm run build` does (what users and git run).
  const cli = join(home, 'patkeeper')
  const compile = spawnSync(process.execPath, ['scripts/build-bin.mjs', cli], { encoding: 'utf8' })
  if (compile.status !== 0) throw new Error(`compiling patkeeper failed: ${compile.stderr}`)
  for (const args of [['list', '--json'], ['list']]) {
    const runs: number[] = []
    let bytes = 0
    for (let i = 0; i < 7; i++) {
      const s = performance.now()
      const run = spawnSync(cli, args, { encoding: 'utf8', env: { ...process.env, PATKEEPER_HOME: home, PATKEEPER_KEYCHAIN_SERVICE: 'PAT Keeper Bench' }, maxBuffer: 64 * 1024 * 1024 })
      runs.push(performance.now() - s)
      if (run.status !== 0) throw new Error(`patkeeper ${args.join(' ')} failed: ${run.stderr}`)
      bytes = run.stdout.length
    }
    console.log(`patkeeper ${args.join(' ')} (${COUNT} tokens, ${(bytes / 1024).toFixed(0)} KiB out, whole process): median ${ms(median(runs))} over ${runs.length} runs`)
  }
  const empty = mkdtempSync(join(tmpdir(), 'patkeeper-bench-empty-'))
  const base: number[] = []
  for (let i = 0; i < 7; i++) {
    const s = performance.now()
    spawnSync(cli, ['list', '--json'], { env: { ...process.env, PATKEEPER_HOME: empty } })
    base.push(performance.now() - s)
  }
  console.log(`patkeeper list --json with 0 tokens (process start-up baseline): median ${ms(median(base))}`)
  rmSync(home, { recursive: true, force: true })
  rmSync(empty, { recursive: true, force: true })
})()

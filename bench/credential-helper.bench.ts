// Times `git-credential-patkeeper get` as a whole process (Node start + metadata read + keychain read),
// beside `git credential-store get` and, when installed, `gh auth git-credential get`; then the same
// through `git credential fill`, which is what git runs on each request. Prints medians and ratios.
// Run inside the keychain rig: bash test/rigs/keychain/run.sh node scripts/run-bench.mjs bench/credential-helper.bench.ts
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { helperCommand } from '../electron/git/helper-command'
import { createMetadataStore } from '../electron/metadata/metadata-store'
import { createKeytarStore } from '../electron/secrets/keytar-store'
import type { TokenRecord } from '../shared/domain/token'

const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const WARMUP = 3
const root = mkdtempSync(join(tmpdir(), 'patkeeper-bench-'))
const dataDir = join(root, 'data')
const service = `PAT Keeper Bench ${randomUUID().slice(0, 8)}`
const secret = 'ghp_bench0000000000000000000000000000000000'

const helper = join(resolve('test-artifacts/bench'), 'git-credential-patkeeper.cjs')
await build({ entryPoints: ['electron/cli/git-credential-patkeeper.ts'], outfile: helper, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, external: ['electron', 'keytar'], logLevel: 'warning' })

// A realistic vault: 25 tokens on several hosts; the request matches one path-bound token.
const metadata = createMetadataStore(dataDir)
const secrets = createKeytarStore(service)
const now = new Date().toISOString()
const record = (i: number, fields: Partial<TokenRecord> = {}): TokenRecord => ({
  id: randomUUID(), label: `token ${i}`, host: 'github', url: i % 3 ? 'https://github.com' : 'https://gitlab.com', scopes: ['repo'], expiresAt: '2027-06-01T00:00:00Z',
  expirySource: 'host', createdAt: now, updatedAt: now, rotations: [], usedIn: [], alerts: { sent: [] }, username: `user${i}`,
  gitBindings: [{ id: randomUUID(), scope: 'global', pathPrefix: `org-${i}`, configuredAt: now }], ...fields,
})
const tokens = Array.from({ length: 24 }, (_, i) => record(i))
const target = record(99, { label: 'work', url: 'https://github.com', username: 'worker', gitBindings: [{ id: randomUUID(), scope: 'global', pathPrefix: 'work-org', configuredAt: now }] })
tokens.push(target)
await metadata.update((doc) => void doc.tokens.push(...tokens))
await secrets.set(target.id, secret)

const input = 'protocol=https\nhost=github.com\npath=work-org/app.git\n\n'
const storeFile = join(root, 'git-credentials')
writeFileSync(storeFile, `https://worker:${secret}@github.com/work-org/app.git\n`)
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(root, 'gitconfig'), GIT_TERMINAL_PROMPT: '0', PATKEEPER_HOME: dataDir, PATKEEPER_KEYCHAIN_SERVICE: service }
writeFileSync(gitEnv.GIT_CONFIG_GLOBAL, '')

const time = (name: string, cmd: string, args: string[], expect: string): number => {
  const samples: number[] = []
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const started = process.hrtime.bigint()
    const run = spawnSync(cmd, args, { input, env: gitEnv, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (run.status !== 0 || !run.stdout.includes(expect)) throw new Error(`${name} failed: ${run.stderr}`)
    if (i >= WARMUP) samples.push(ms)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]!
  console.log(`${name.padEnd(58)} median ${median.toFixed(1).padStart(7)} ms   p90 ${samples[Math.floor(samples.length * 0.9)]!.toFixed(1).padStart(7)} ms`)
  return median
}

const hasGh = spawnSync('gh', ['--version']).status === 0
console.log(`credential helper bench: ${RUNS} runs each after ${WARMUP} warm-ups, ${tokens.length} tokens in the vault, node ${process.version}`)
const floor = time('node -e "" (floor: Node start-up alone)', process.execPath, ['-e', 'process.stdout.write("ok")'], 'ok')
const ours = time('git-credential-patkeeper get (node process)', process.execPath, [helper, 'get'], `password=${secret}`)
const store = time('git credential-store get', 'git', ['credential-store', `--file=${storeFile}`, 'get'], `password=${secret}`)
const gh = hasGh ? time('gh auth git-credential get', 'gh', ['auth', 'git-credential', 'get'], 'password=') : undefined
const viaGit = (h: string) => ['-c', 'credential.helper=', '-c', `credential.helper=${h}`, '-c', 'credential.useHttpPath=true', 'credential', 'fill']
const oursFill = time('git credential fill -> patkeeper', 'git', viaGit(helperCommand({ node: process.execPath, script: helper })), `password=${secret}`)
const storeFill = time('git credential fill -> store', 'git', viaGit(`store --file=${storeFile}`), `password=${secret}`)
console.log(`patkeeper above bare Node start-up: ${(ours - floor).toFixed(1)} ms (metadata read, match, keychain read)`)
console.log(`ratio patkeeper / credential-store (helper alone): ${(ours / store).toFixed(2)}x`)
console.log(`ratio patkeeper / credential-store (through git credential fill): ${(oursFill / storeFill).toFixed(2)}x`)
console.log(gh !== undefined ? `ratio patkeeper / gh: ${(ours / gh).toFixed(2)}x` : 'gh is not installed here: gh auth git-credential get was not timed (no ratio against gh).')
await secrets.delete(target.id)

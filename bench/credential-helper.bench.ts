// Times `git-credential-patkeeper get` as a whole process (Node start + metadata read + keychain read),
// beside `git credential-store get` and, when installed, `gh auth git-credential get`; then the same
// through `git credential fill`, which is what git runs on each request. Prints medians and ratios.
// Run inside the keychain rig: bash test/rigs/keychain/run.sh node scripts/run-bench.mjs bench/credential-helper.bench.ts
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { shellQuote } from '../electron/git/helper-command'
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
// gh, when installed, gets the same account in its own config folder. Debian 12's gh 2.23 keeps tokens in
// hosts.yml (keyring storage came in 2.24), so its figure has no keychain round trip: a lower bound for gh.
const ghConfig = join(root, 'gh')
mkdirSync(ghConfig, { recursive: true })
writeFileSync(join(ghConfig, 'hosts.yml'), `github.com:\n    oauth_token: ${secret}\n    user: worker\n    git_protocol: https\n`)
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(root, 'gitconfig'), GIT_TERMINAL_PROMPT: '0', PATKEEPER_HOME: dataDir, PATKEEPER_KEYCHAIN_SERVICE: service, GH_CONFIG_DIR: ghConfig, GH_NO_UPDATE_NOTIFIER: '1' }
writeFileSync(gitEnv.GIT_CONFIG_GLOBAL, '')

interface Case {
  name: string
  cmd: string
  args: string[]
  expect: string
  samples: number[]
}
const once = (c: Case): number => {
  const started = process.hrtime.bigint()
  const run = spawnSync(c.cmd, c.args, { input, env: gitEnv, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (run.status !== 0 || !run.stdout.includes(c.expect)) throw new Error(`${c.name} failed: ${run.stderr}`)
  return ms
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!

const hasGh = spawnSync('gh', ['--version']).status === 0
const viaGit = (h: string) => ['-c', 'credential.helper=', '-c', `credential.helper=${h}`, '-c', 'credential.useHttpPath=true', 'credential', 'fill']
const cases: Case[] = [
  { name: 'node -e (floor: Node start-up alone)', cmd: process.execPath, args: ['-e', 'process.stdout.write("ok")'], expect: 'ok', samples: [] },
  { name: 'git-credential-patkeeper get (node process)', cmd: process.execPath, args: [helper, 'get'], expect: `password=${secret}`, samples: [] },
  { name: 'git credential-store get', cmd: 'git', args: ['credential-store', `--file=${storeFile}`, 'get'], expect: `password=${secret}`, samples: [] },
  ...(hasGh ? [{ name: 'gh auth git-credential get', cmd: 'gh', args: ['auth', 'git-credential', 'get'], expect: 'password=', samples: [] }] : []),
  { name: 'git credential fill -> patkeeper', cmd: 'git', args: viaGit(`!${shellQuote(process.execPath)} ${shellQuote(helper)}`), expect: `password=${secret}`, samples: [] },
  { name: 'git credential fill -> store', cmd: 'git', args: viaGit(`store --file=${storeFile}`), expect: `password=${secret}`, samples: [] },
]
console.log(`credential helper bench: ${RUNS} rounds after ${WARMUP} warm-ups (cases interleaved each round), ${tokens.length} tokens in the vault, node ${process.version}`)
for (let i = 0; i < WARMUP + RUNS; i++) for (const c of cases) {
  const ms = once(c)
  if (i >= WARMUP) c.samples.push(ms)
}
const median = (name: string) => pct(cases.find((c) => c.name.startsWith(name))!.samples, 0.5)
for (const c of cases) console.log(`${c.name.padEnd(50)} median ${pct(c.samples, 0.5).toFixed(1).padStart(7)} ms   p90 ${pct(c.samples, 0.9).toFixed(1).padStart(7)} ms`)
const ours = median('git-credential-patkeeper')
console.log(`patkeeper above bare Node start-up: ${(ours - median('node -e')).toFixed(1)} ms (bundle load, metadata read, match, keychain read)`)
console.log(`ratio patkeeper / credential-store (helper alone): ${(ours / median('git credential-store')).toFixed(2)}x`)
console.log(`ratio patkeeper / credential-store (through git credential fill): ${(median('git credential fill -> patkeeper') / median('git credential fill -> store')).toFixed(2)}x`)
console.log(hasGh ? `ratio patkeeper / gh: ${(ours / median('gh auth')).toFixed(2)}x` : 'gh is not installed here: gh auth git-credential get was not timed (no ratio against gh).')
await secrets.delete(target.id)

// Whole-process medians of what git runs on each request, in one run (cases interleaved each round):
//   - the configured helper's `get`: the helper line git setup writes (the installed, Bun-compiled
//     `patkeeper credential`), run through `sh -c` exactly as git runs a `!` helper;
//   - `gh auth git-credential get` (apt-get install gh; skipped with a line when missing);
//   - git's own C libsecret helper, built here from /usr/share/doc/git/contrib/credential/libsecret
//     (apt-get install libsecret-1-dev libglib2.0-dev gcc; skipped with a line when it cannot be built);
//   - `git credential-store get`, `patkeeper --help`, and `patkeeper list --json` with 1,000 tokens.
// Then the targets of issue 11: helper <= 0.8x gh, <= 3x the C helper, list --json with 1,000 tokens < 60 ms.
// Run inside the keychain rig: bash test/rigs/keychain/run.sh node scripts/run-bench.mjs bench/credential-helper.bench.ts
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { helperCommand } from '../electron/git/helper-command'
import { installedExecutablePath, installExecutable } from '../electron/git/helper-install'
import { createMetadataStore } from '../electron/metadata/metadata-store'
import { createKeytarStore } from '../electron/secrets/keytar-store'
import type { TokenRecord } from '../shared/domain/token'

const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const WARMUP = 3
const root = mkdtempSync(join(tmpdir(), 'patkeeper-bench-'))
const out = resolve('test-artifacts/bench')
mkdirSync(out, { recursive: true })
const dataDir = join(root, 'data')
const bigDir = join(root, 'data-1000')
const service = `PAT Keeper Bench ${randomUUID().slice(0, 8)}`
const secret = 'ghp_bench0000000000000000000000000000000000'

const compiled = join(out, 'patkeeper')
// Compiled exactly as `npm run build` does (a child process: this bench runs from a bundle elsewhere).
const compile = spawnSync(process.execPath, ['scripts/build-bin.mjs', compiled], { encoding: 'utf8' })
if (compile.status !== 0) throw new Error(`compiling patkeeper failed: ${compile.stderr}`)
const size = statSync(compiled).size
const executable = installExecutable(compiled, installedExecutablePath(dataDir)).path
const line = helperCommand({ executable, env: { PATKEEPER_HOME: dataDir, PATKEEPER_KEYCHAIN_SERVICE: service } })

// A realistic vault: 25 tokens on several hosts; the request matches one path-bound token.
const now = new Date().toISOString()
const record = (i: number, fields: Partial<TokenRecord> = {}): TokenRecord => ({
  id: randomUUID(), label: `token ${i}`, host: 'github', url: i % 3 ? 'https://github.com' : 'https://gitlab.com', scopes: ['repo'], expiresAt: '2027-06-01T00:00:00Z',
  expirySource: 'host', createdAt: now, updatedAt: now, rotations: [], usedIn: [], alerts: { sent: [] }, username: `user${i}`,
  gitBindings: [{ id: randomUUID(), scope: 'global', pathPrefix: `org-${i}`, configuredAt: now }], ...fields,
})
const tokens = Array.from({ length: 24 }, (_, i) => record(i))
const target = record(99, { label: 'work', url: 'https://github.com', username: 'worker', gitBindings: [{ id: randomUUID(), scope: 'global', pathPrefix: 'work-org', configuredAt: now }] })
tokens.push(target)
const secrets = createKeytarStore(service)
await createMetadataStore(dataDir).update((doc) => void doc.tokens.push(...tokens))
await createMetadataStore(bigDir).update((doc) => void doc.tokens.push(...Array.from({ length: 1000 }, (_, i) => record(i))))
await secrets.set(target.id, secret)

const input = 'protocol=https\nhost=github.com\npath=work-org/app.git\nusername=worker\n\n'
const storeFile = join(root, 'git-credentials')
writeFileSync(storeFile, `https://worker:${secret}@github.com/work-org/app.git\n`)
// gh gets the same account in its own config folder. Debian 12's gh 2.23 keeps tokens in hosts.yml (keyring
// storage came in 2.24), so its figure has no keychain round trip: a lower bound for gh.
const ghConfig = join(root, 'gh')
mkdirSync(ghConfig, { recursive: true })
writeFileSync(join(ghConfig, 'hosts.yml'), `github.com:\n    oauth_token: ${secret}\n    user: worker\n    git_protocol: https\n`)
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(root, 'gitconfig'), GIT_TERMINAL_PROMPT: '0', GH_CONFIG_DIR: ghConfig, GH_NO_UPDATE_NOTIFIER: '1' }
writeFileSync(env.GIT_CONFIG_GLOBAL, '')

/** git's C libsecret helper, compiled from git's contrib sources as its Makefile does; undefined with the reason. */
const buildLibsecret = (): { path?: string; why?: string } => {
  const source = '/usr/share/doc/git/contrib/credential/libsecret/git-credential-libsecret.c'
  if (!existsSync(source)) return { why: `${source} is missing (Debian's git package ships it)` }
  const flags = spawnSync('pkg-config', ['--cflags', '--libs', 'libsecret-1', 'glib-2.0'], { encoding: 'utf8' })
  if (flags.status !== 0) return { why: 'pkg-config found no libsecret-1/glib-2.0 (apt-get install libsecret-1-dev libglib2.0-dev)' }
  const path = join(out, 'git-credential-libsecret')
  const cc = spawnSync('gcc', ['-O2', '-o', path, source, ...flags.stdout.trim().split(/\s+/)], { encoding: 'utf8' })
  if (cc.status !== 0) return { why: `gcc failed: ${cc.stderr.slice(0, 200)}` }
  const stored = spawnSync(path, ['store'], { input: `${input.trimEnd()}\npassword=${secret}\n\n`, env })
  return stored.status === 0 ? { path } : { why: `its store failed: ${stored.stderr}` }
}

interface Case {
  name: string
  cmd: string
  args: string[]
  expect: string
  env?: Record<string, string | undefined>
  samples: number[]
}
const once = (c: Case): number => {
  const started = process.hrtime.bigint()
  const run = spawnSync(c.cmd, c.args, { input, env: c.env ?? env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (run.status !== 0 || !run.stdout.includes(c.expect)) throw new Error(`${c.name} failed (${run.status}): ${run.stderr}`)
  return ms
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!

const hasGh = spawnSync('gh', ['--version']).status === 0
const libsecret = buildLibsecret()
// git runs a `!` helper as `sh -c '<line> "$@"' '<line>' get` (git run-command.c prepare_shell_cmd).
const asGitRuns = (helperLine: string) => ['-c', `${helperLine.slice(1)} "$@"`, helperLine.slice(1), 'get']
const cases: Case[] = [
  { name: 'configured helper get (patkeeper credential)', cmd: 'sh', args: asGitRuns(line), expect: `password=${secret}`, samples: [] },
  ...(hasGh ? [{ name: 'gh auth git-credential get', cmd: 'gh', args: ['auth', 'git-credential', 'get'], expect: 'password=', samples: [] }] : []),
  ...(libsecret.path ? [{ name: 'git-credential-libsecret get (C)', cmd: libsecret.path, args: ['get'], expect: `password=${secret}`, samples: [] }] : []),
  { name: 'git credential-store get', cmd: 'git', args: ['credential-store', `--file=${storeFile}`, 'get'], expect: `password=${secret}`, samples: [] },
  { name: 'patkeeper --help', cmd: executable, args: ['--help'], expect: 'Usage: patkeeper', samples: [] },
  { name: 'patkeeper list --json (1,000 tokens)', cmd: executable, args: ['list', '--json'], expect: '"token 999"', env: { ...env, PATKEEPER_HOME: bigDir, PATKEEPER_KEYCHAIN_SERVICE: service }, samples: [] },
]
console.log(`credential helper bench: ${RUNS} rounds after ${WARMUP} warm-ups (cases interleaved), ${tokens.length} tokens in the helper's vault`)
console.log(`patkeeper executable: ${(size / 1024 / 1024).toFixed(1)} MB (${statSync(executable).size} bytes), installed at ${executable}`)
if (!hasGh) console.log('gh is not installed (apt-get install gh): gh auth git-credential get was not timed.')
if (!libsecret.path) console.log(`git's C libsecret helper was not timed: ${libsecret.why}.`)
for (let i = 0; i < WARMUP + RUNS; i++)
  for (const c of cases) {
    const ms = once(c)
    if (i >= WARMUP) c.samples.push(ms)
  }
const median = (name: string) => {
  const c = cases.find((x) => x.name.startsWith(name))
  return c ? pct(c.samples, 0.5) : undefined
}
for (const c of cases) console.log(`${c.name.padEnd(46)} median ${pct(c.samples, 0.5).toFixed(1).padStart(7)} ms   p90 ${pct(c.samples, 0.9).toFixed(1).padStart(7)} ms`)
const ours = median('configured helper')!
const verdict = (label: string, value: number | undefined, limit: number, unit: string) =>
  console.log(value === undefined ? `${label}: not measured` : `${label}: ${value.toFixed(2)}${unit} (target ${unit === 'x' ? '<=' : '<'} ${limit}${unit}) ${value <= limit ? 'MET' : 'MISSED'}`)
const gh = median('gh auth')
const c = median('git-credential-libsecret')
verdict('helper / gh', gh && ours / gh, 0.8, 'x')
verdict('helper / C libsecret helper', c && ours / c, 3, 'x')
verdict('patkeeper list --json with 1,000 tokens', median('patkeeper list --json'), 60, ' ms')
await secrets.delete(target.id)
if (libsecret.path) spawnSync(libsecret.path, ['erase'], { input, env })

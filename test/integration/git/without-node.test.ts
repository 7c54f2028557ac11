import { spawn, spawnSync } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { createKeytarStore } from '../../../electron/secrets/keytar-store'
import { createTestDeps } from '../../helpers/test-deps'
import { createGitWorld, runGit } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { helperLocationFor, tokenRecord } from '../../rigs/git/helper-fixture'

/** Runs a command to its end without blocking the event loop. */
const runCommand = (cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> =>
  new Promise((done, fail) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    child.once('error', fail)
    child.once('close', (code) => done({ code: code ?? -1, stderr }))
  })

const ROOT = resolve(import.meta.dirname, '../../..')
const SECRET = 'ghp_nonode000000000000000000000000000000'

/** Every `node` on PATH (resolved), so the namespace below can hide them all. */
const nodeBinaries = (path: string): string[] => [
  ...new Set([process.execPath, ...path.split(delimiter).map((d) => join(d, 'node'))].filter((p) => existsSync(p)).map((p) => realpathSync(p))),
]

// A private mount namespace (root only): needs `unshare` and the right to mount, as CI's root container has.
const canHide = process.getuid?.() === 0 && spawnSync('unshare', ['-m', '--propagation', 'private', 'true']).status === 0

// The user's machine without Node: in a mount namespace, /dev/null is bound over every node binary and an
// empty tmpfs over the project's node_modules (so neither keytar's addon there nor Bun is reachable), then
// real git runs with the helper line git setup wrote, against the real keychain (inside the keychain rig).
describe.skipIf(!canHide)('the installed patkeeper answers git with no Node and no node_modules (needs root and unshare -m; skipped without)', () => {
  let server: GitServer
  const world = createGitWorld()
  const deps = createTestDeps()
  const secrets = createKeytarStore(deps.keychainService)
  const record = tokenRecord({ label: 'no node', url: 'http://127.0.0.1', username: 'dev' })

  beforeAll(async () => {
    server = await startGitServer({ accounts: [{ pathPrefix: '/', username: 'dev', password: SECRET }] })
    record.url = server.url
    const metadata = createMetadataStore(deps.dataDir)
    await metadata.update((doc) => void doc.tokens.push(record))
    await secrets.set(record.id, SECRET)
    const location = await helperLocationFor(deps)
    const git = new GitService({ metadata, git: createGitRunner(world.env), env: world.env, clock: () => new Date(), helper: () => location, emit: () => undefined })
    await git.apply({ token: 'no node', scope: 'global' })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await secrets.delete(record.id)
  })

  it('clones through the helper while node cannot run', async () => {
    const url = await server.createRepo('dev/tool.git')
    const hide = [...nodeBinaries(world.env.PATH ?? ''), ...['/usr/bin/node', '/usr/local/bin/node'].filter(existsSync)].map((n) => `mount --bind /dev/null '${n}'`)
    const script = [
      ...new Set(hide),
      `mount -t tmpfs none '${join(ROOT, 'node_modules')}'`,
      'if node -v >/dev/null 2>&1; then echo "node still runs" >&2; exit 90; fi',
      `if [ -e '${join(ROOT, 'node_modules', 'keytar')}' ]; then echo "node_modules still visible" >&2; exit 91; fi`,
      `exec git clone '${url}' '${world.path('clone')}'`,
    ].join(' && ')
    // Not spawnSync: the git server answers from this process's event loop.
    const run = await runCommand('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], world.env)
    expect(run.code, run.stderr).toBe(0)
    expect((await runGit(['log', '--oneline'], world.env, { cwd: world.path('clone') })).stdout).toContain('Initial commit')
    expect(server.requests.filter((r) => r.status === 200).every((r) => r.username === 'dev')).toBe(true)
  })
})

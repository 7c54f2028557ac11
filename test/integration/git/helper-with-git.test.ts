import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { readRejections } from '../../../electron/git/rejections'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { createKeytarStore } from '../../../electron/secrets/keytar-store'
import type { TokenRecord } from '../../../shared/domain/token'
import { createTestDeps } from '../../helpers/test-deps'
import { createGitWorld, type GitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { helperLocationFor, tokenRecord } from '../../rigs/git/helper-fixture'

const ACCOUNTS = [
  { pathPrefix: '/', username: 'me', password: 'ghp_personal0000000000000000000000000000' },
  { pathPrefix: '/work-org/', username: 'worker', password: 'ghp_work000000000000000000000000000000000' },
  { pathPrefix: '/old-org/', username: 'old', password: 'ghp_old0000000000000000000000000000000000' },
  { pathPrefix: '/Team Space/', username: 'spacer', password: 'glpat-spaces-token-000000' },
]

// Real git, real git-credential-patkeeper (bundled), real keychain (run inside test/rigs/keychain/run.sh).
describe('git-credential-patkeeper with real git', () => {
  let server: GitServer
  let world: GitWorld
  let git: GitService
  const deps = createTestDeps()
  const metadata = createMetadataStore(deps.dataDir)
  const secrets = createKeytarStore(deps.keychainService)
  const tokens: Record<string, TokenRecord> = {}

  const addToken = async (name: string, secret: string, fields: Partial<TokenRecord>) => {
    const record = tokenRecord({ label: name, url: server.url, ...fields })
    await metadata.update((doc) => void doc.tokens.push(record))
    await secrets.set(record.id, secret)
    tokens[name] = record
    return record
  }

  beforeAll(async () => {
    server = await startGitServer({ accounts: ACCOUNTS })
    world = createGitWorld()
    const location = await helperLocationFor(deps)
    git = new GitService({ metadata, git: createGitRunner(world.env), env: world.env, clock: () => new Date(), helper: () => location, emit: () => undefined })
    await addToken('personal', 'ghp_personal0000000000000000000000000000', { username: 'me' })
    await addToken('work', 'ghp_work000000000000000000000000000000000', { username: 'worker' })
    await addToken('old', 'ghp_old0000000000000000000000000000000000', { username: 'old', expiresAt: '2026-01-31T00:00:00Z' })
    await git.apply({ token: 'personal', scope: 'global' })
    await git.apply({ token: 'work', scope: 'global', pathPrefix: 'work-org' })
    await git.apply({ token: 'old', scope: 'global', pathPrefix: 'old-org' })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    for (const t of Object.values(tokens)) await secrets.delete(t.id)
  })

  it('clones and pushes with the token bound to the host', async () => {
    const url = await server.createRepo('me/tool.git')
    const dir = world.path('tool')
    const cloned = await world.git(['clone', url, dir])
    expect(cloned.stderr).not.toMatch(/fatal/)
    writeFileSync(`${dir}/notes.txt`, 'pushed through PAT Keeper\n')
    await world.git(['add', 'notes.txt'], { cwd: dir })
    await world.git(['commit', '-m', 'notes'], { cwd: dir })
    const pushed = await world.git(['push', 'origin', 'main'], { cwd: dir })
    expect(pushed.code, pushed.stderr).toBe(0)
    expect(server.requests.filter((r) => r.path.startsWith('/me/') && r.status === 200).every((r) => r.username === 'me')).toBe(true)
  })

  it("gives the work org's path the work token and the rest the personal one", async () => {
    const url = await server.createRepo('work-org/app.git')
    const cloned = await world.git(['clone', url, world.path('app')])
    expect(cloned.code, cloned.stderr).toBe(0)
    const served = server.requests.filter((r) => r.path.startsWith('/work-org/') && r.status === 200)
    expect(served.length).toBeGreaterThan(0)
    expect(served.every((r) => r.username === 'worker')).toBe(true)
  })

  it("refuses an expired token and shows the helper's reason", async () => {
    const url = await server.createRepo('old-org/legacy.git')
    const result = await world.git(['clone', url, world.path('legacy')])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('patkeeper: token "old" expired on 2026-01-31; renew it in PAT Keeper')
    expect(result.stderr).not.toContain('ghp_old')
  })

  it('prints nothing for an unknown host so git falls through to the next helper', async () => {
    const url = (await server.createRepo('me/other.git')).replace('127.0.0.1', 'localhost')
    const store = world.path('store-credentials')
    writeFileSync(store, `http://me:ghp_personal0000000000000000000000000000@localhost%3a${server.port}\n`)
    const extra = ['-c', 'credential.helper=', '-c', `credential.helper=${(await world.git(['config', '--global', '--get-all', `credential.${server.url}.helper`])).stdout.split('\n')[1]}`, '-c', `credential.helper=store --file=${store}`]
    const result = await world.git([...extra, 'clone', url, world.path('other')])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).not.toContain('patkeeper:')
  })

  it('explains a tie between two tokens bound to the same path', async () => {
    await addToken('twin', 'ghp_twin000000000000000000000000000000000', { username: 'worker' })
    await git.apply({ token: 'twin', scope: 'global', pathPrefix: 'work-org' })
    const url = `${server.url}/work-org/app.git`
    const result = await world.git(['ls-remote', url])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/patkeeper: 2 tokens fit .*work-org\/app\.git equally \("work", "twin"\)/)
    await git.undo('twin')
    expect((await world.git(['ls-remote', url])).code).toBe(0)
  })

  it('records a refusal when the server rejects the token, and keeps the token', async () => {
    const url = await server.createRepo('me/rejected.git')
    const accounts = [{ pathPrefix: '/', username: 'me', password: 'a-different-password' }]
    server.setAccounts(accounts)
    const result = await world.git(['clone', url, world.path('rejected')])
    server.setAccounts(ACCOUNTS)
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain(`patkeeper: ${server.url} refused token "personal"; it stays in the keychain. Check it with: patkeeper check "personal"`)
    expect(readRejections(deps.dataDir)).toEqual([expect.objectContaining({ tokenId: tokens.personal!.id, url: server.url })])
    expect(await secrets.get(tokens.personal!.id)).toBe('ghp_personal0000000000000000000000000000')
    for (const file of readdirSync(deps.dataDir).filter((f) => f !== 'bin')) expect(readFileSync(join(deps.dataDir, file), 'utf8')).not.toMatch(/ghp_|glpat-/)
  })

  it('works with an odd host name, a port and paths with spaces', async () => {
    const url = await server.createRepo('Team Space/odd repo.git')
    const oddBase = `http://git.Odd-Host.test:${server.port}`
    await addToken('spaces', 'glpat-spaces-token-000000', { host: 'gitlab-self-managed', url: oddBase, username: 'spacer' })
    await git.apply({ token: 'spaces', scope: 'global', pathPrefix: 'Team Space' })
    const resolve = ['-c', `http.curloptResolve=git.odd-host.test:${server.port}:127.0.0.1`]
    const oddUrl = url.replace('127.0.0.1', 'git.Odd-Host.test')
    const result = await world.git([...resolve, 'clone', oddUrl, world.path('odd clone')])
    expect(result.code, result.stderr).toBe(0)
    const served = server.requests.filter((r) => r.path.startsWith('/Team Space/') && r.status === 200)
    expect(served.every((r) => r.username === 'spacer')).toBe(true)
  })
})

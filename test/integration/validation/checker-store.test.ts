import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gitlabPlay, githubPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const GH = 'ghp_' + 'h'.repeat(36)
const GL = 'glpat-' + 'l'.repeat(20)

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })

describe('checking stored tokens (real keychain and metadata file)', () => {
  let gh: FakeHost
  let gl: FakeHost
  beforeAll(async () => {
    gh = await startFakeHost(githubPlay({ [GH]: { login: 'octocat', email: 'mona@example.com', scopes: ['repo'], expires: '2026-12-24 08:00:00 UTC' } }))
    gl = await startFakeHost(gitlabPlay({ [GL]: { username: 'jdoe', scopes: ['read_repository'], expires_at: '2027-01-10' } }))
  })
  afterAll(async () => {
    await gh.close()
    await gl.close()
  })

  it('stores the result, the host expiry and the identity; the secret stays in the keychain only', async () => {
    const events: unknown[] = []
    const { services, deps } = servicesFor({ github: gh.url })
    services.deps.emit = (name, payload) => void events.push([name, payload])
    const record = await services.vault.add({ host: 'github', label: 'work', secret: GH, purpose: 'write', expiresAt: '2026-12-31', expirySource: 'user' })
    const result = await services.checker.checkToken(record.id)
    expect(result.status).toBe('valid')
    const stored = await services.vault.find(record.id)
    expect(stored).toMatchObject({ lastCheck: { status: 'valid' }, expiresAt: '2026-12-24T08:00:00.000Z', expirySource: 'host', username: 'octocat', email: 'mona@example.com', scopes: ['repo'], tokenType: 'classic' })
    const onDisk = filesUnder(deps.dataDir).map((f) => readFileSync(f, 'utf8')).join('\n')
    expect(onDisk).toContain('octocat')
    expect(onDisk).not.toContain(GH)
    expect(deps.logLines.join('\n')).not.toContain(GH)
    await services.vault.remove(record.id)
  })

  it('checks all tokens; a dead host marks only its own tokens unreachable', async () => {
    const dead = await startFakeHost(githubPlay({}))
    dead.fail('hang')
    try {
      const { services } = servicesFor({ github: gh.url, gitlab: gl.url }, { timeoutMs: 500 })
      const a = await services.vault.add({ host: 'github', label: 'a', secret: GH, purpose: 'write' })
      const b = await services.vault.add({ host: 'gitlab', label: 'b', secret: GL, purpose: 'write' })
      const c = await services.vault.add({ host: 'github-enterprise', label: 'c', url: dead.url, secret: GH })
      const results = await services.checker.checkAll()
      expect(results[a.id]!.status).toBe('valid')
      expect(results[b.id]).toMatchObject({ status: 'missing-scopes', missingScopes: ['write_repository'] })
      expect(results[c.id]!.status).toBe('unreachable')
      expect((await services.vault.find(b.id)).expiresAt).toBe('2027-01-10T00:00:00.000Z')
      expect((await services.vault.find(c.id)).lastCheck?.status).toBe('unreachable')
      for (const id of [a.id, b.id, c.id]) await services.vault.remove(id)
    } finally {
      await dead.close()
    }
  })

  it('calls an expired-by-date token "expired" when the host only says "bad credentials"', async () => {
    const { services } = servicesFor({ github: gh.url })
    const record = await services.vault.add({ host: 'github', label: 'old', secret: 'ghp_' + 'o'.repeat(36), expiresAt: '2026-01-01', expirySource: 'user' })
    const result = await services.checker.checkToken(record.id)
    expect(result.status).toBe('expired')
    await services.vault.remove(record.id)
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import type { GithubToken, GitlabToken } from '../../rigs/hosts'
import { githubPlay, githubRevokePlay, gitlabRevokePlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from '../validation/setup'

const GH = 'ghp_' + 'r'.repeat(36)
const GH2 = 'ghp_' + 's'.repeat(36)
const GL = 'glpat-' + 'r'.repeat(20)
const GL2 = 'glpat-' + 's'.repeat(20)

// Real keychain and metadata file; host stand-ins that follow the documented revoke endpoints.
describe('revoke on the host', () => {
  let gh: FakeHost
  let gl: FakeHost
  const ghTokens: Record<string, GithubToken> = { [GH]: { login: 'octocat', scopes: ['repo'] }, [GH2]: { login: 'octocat', scopes: ['repo'] } }
  const glTokens: Record<string, GitlabToken> = { [GL]: { username: 'jdoe', scopes: ['api'], expires_at: '2027-06-01' }, [GL2]: { username: 'jdoe', scopes: ['read_repository'], expires_at: '2027-06-01' } }
  beforeAll(async () => {
    gh = await startFakeHost(githubRevokePlay(ghTokens, { limitPerHour: 2 }))
    gl = await startFakeHost(gitlabRevokePlay(glTokens, { refuse: [GL2] }))
  })
  afterAll(async () => {
    await gh.close()
    await gl.close()
  })

  it('GitHub: unauthenticated POST /credentials/revoke, the record says "revoked on <date> by PAT Keeper", a later check shows revoked', async () => {
    const { services, deps } = servicesFor({ github: gh.url, gitlab: gl.url })
    const t = await services.vault.add({ host: 'github', label: 'laptop', secret: GH, purpose: 'write' })
    await expect(services.health.revoke(t.id, 'Laptop')).rejects.toMatchObject({ code: 'invalid-input' })
    expect(gh.requests.filter((r) => r.path === '/credentials/revoke')).toHaveLength(0)

    const outcome = await services.health.revoke(t.id, 'laptop')
    expect(outcome).toMatchObject({ ok: true, status: 'accepted' })
    expect(outcome.message).toMatch(/Revoked on \d{4}-\d{2}-\d{2} by PAT Keeper\./)
    const sent = gh.requests.find((r) => r.path === '/credentials/revoke')!
    expect(sent.headers.authorization).toBeUndefined()
    expect(JSON.parse(sent.body)).toEqual({ credentials: [GH] })
    expect((await services.vault.find(t.id)).revokedAt).toBe(outcome.revokedAt)

    const check = await services.checker.checkToken(t.id)
    expect(check.status).toBe('revoked')
    expect(check.message).toContain('by PAT Keeper')
    expect(deps.logLines.join('\n')).not.toContain(GH)
    expect(JSON.stringify(outcome)).not.toContain(GH)
    await services.vault.remove(t.id)
  })

  it('GitHub: past the hourly limit the revoke fails, says so and when to retry, and changes nothing', async () => {
    const { services } = servicesFor({ github: gh.url })
    const t = await services.vault.add({ host: 'github', label: 'second', secret: GH2, purpose: 'write' })
    await services.health.revoke(t.id, 'second') // uses the second and last request of this hour
    await services.vault.update(t.id, { revokedAt: undefined, lastCheck: undefined })
    ghTokens[GH2] = { login: 'octocat', scopes: ['repo'] }
    const before = await services.vault.find(t.id)
    const limited = await services.health.revoke(t.id, 'second')
    expect(limited).toMatchObject({ ok: false, status: 'rate-limited', manualUrl: 'https://github.com/settings/tokens' })
    expect(limited.message).toMatch(/60 revoke requests per hour.*nothing was changed\. Try again in \d+ minute/)
    expect(await services.vault.find(t.id)).toEqual(before)
    expect(await services.secrets.get(t.id)).toBe(GH2)
    await services.vault.remove(t.id)
  })

  it('GitLab: DELETE /personal_access_tokens/self with the token; then the check says revoked', async () => {
    const { services } = servicesFor({ gitlab: gl.url })
    const t = await services.vault.add({ host: 'gitlab', label: 'ci', secret: GL, purpose: 'write' })
    const outcome = await services.health.revoke(t.id, 'ci')
    expect(outcome).toMatchObject({ ok: true, status: 'revoked' })
    const sent = gl.requests.find((r) => r.method === 'DELETE')!
    expect(sent.headers['private-token']).toBe(GL)
    expect((await services.checker.checkToken(t.id)).status).toBe('revoked')
    await services.vault.remove(t.id)
  })

  it('GitLab: a refusal (403) and a rate limit (429) change nothing and name the page to do it by hand', async () => {
    const { services } = servicesFor({ gitlab: gl.url })
    const t = await services.vault.add({ host: 'gitlab', label: 'reader', secret: GL2, purpose: 'read' })
    const before = await services.vault.find(t.id)
    expect(await services.health.revoke(t.id, 'reader')).toMatchObject({ ok: false, status: 'refused', manualUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens' })
    gl.fail('rate-limit')
    try {
      const limited = await services.health.revoke(t.id, 'reader')
      expect(limited).toMatchObject({ ok: false, status: 'rate-limited' })
      expect(limited.message).toMatch(/Try again in 1 minute/)
    } finally {
      gl.heal()
    }
    expect(await services.vault.find(t.id)).toEqual(before)
    expect(glTokens[GL2]!.revoked).toBeUndefined()
    await services.vault.remove(t.id)
  })

  it('hosts without a self-revoke API get the exact page, and the record is unchanged', async () => {
    const { services } = servicesFor()
    const t = await services.vault.add({ host: 'azure-devops', label: 'ado', secret: 'a'.repeat(52), org: 'acme' })
    const outcome = await services.health.revoke(t.id, 'ado')
    expect(outcome).toMatchObject({ ok: false, status: 'manual', manualUrl: 'https://dev.azure.com/acme/_usersSettings/tokens' })
    expect(outcome.message).toContain('Revoke "ado" by hand')
    expect((await services.vault.find(t.id)).revokedAt).toBeUndefined()
    await services.vault.remove(t.id)
  })

  it('revokes a secret found in plaintext (not kept) after its host name is typed', async () => {
    const leaked = 'ghp_' + 'l'.repeat(36)
    const tokens: Record<string, GithubToken> = { [leaked]: { login: 'octocat', scopes: ['repo'] }, [GL]: { login: 'x' } }
    const host = await startFakeHost(githubRevokePlay(tokens))
    try {
      const home = tempDir('patkeeper-revoke-home-')
      writeFileSync(join(home, '.git-credentials'), `https://octocat:${leaked}@github.com\n`, { mode: 0o600 })
      const { services, deps } = servicesFor({ github: host.url }, {}, { HOME: home })
      const [finding] = (await services.health.scan([])).findings
      expect(finding).toMatchObject({ kind: 'git-credentials', hostname: 'github.com' })
      await expect(services.health.revokeFinding(finding!.key, 'github')).rejects.toMatchObject({ code: 'invalid-input' })
      expect(host.requests).toHaveLength(0)
      const outcome = await services.health.revokeFinding(finding!.key, 'github.com')
      expect(outcome).toMatchObject({ ok: true, status: 'accepted' })
      expect(tokens[leaked]).toBeUndefined()
      expect(JSON.stringify(outcome) + deps.logLines.join('\n')).not.toContain(leaked)
    } finally {
      await host.close()
    }
  })

  it('GitHub Enterprise Server: the same endpoint under /api/v3, authenticated with the token; a server without it gets the page by hand', async () => {
    const secret = 'ghp_' + 'e'.repeat(36)
    const tokens: Record<string, GithubToken> = { [secret]: { login: 'dev', scopes: ['repo'] } }
    const ghes = await startFakeHost(githubRevokePlay(tokens, { enterprise: true }))
    const old = await startFakeHost(githubPlay({ [secret]: { login: 'dev', scopes: ['repo'] } }, { enterprise: true })) // no revoke endpoint: 404
    try {
      const { services } = servicesFor()
      const t = await services.vault.add({ host: 'github-enterprise', label: 'ghes', secret, url: ghes.url })
      expect(await services.health.revoke(t.id, 'ghes')).toMatchObject({ ok: true, status: 'accepted' })
      const sent = ghes.requests.find((r) => r.path === '/api/v3/credentials/revoke')!
      expect(sent.headers.authorization).toBe(`Bearer ${secret}`)
      expect((await services.checker.checkToken(t.id)).status).toBe('revoked')
      const u = await services.vault.add({ host: 'github-enterprise', label: 'old ghes', secret: 'ghp_' + 'o'.repeat(36), url: old.url })
      expect(await services.health.revoke(u.id, 'old ghes')).toMatchObject({ ok: false, status: 'manual', manualUrl: `${old.url}/settings/tokens` })
      expect((await services.vault.find(u.id)).revokedAt).toBeUndefined()
      await services.vault.remove(t.id)
      await services.vault.remove(u.id)
    } finally {
      await ghes.close()
      await old.close()
    }
  })
})

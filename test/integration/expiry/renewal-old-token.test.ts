import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GithubToken, GitlabToken } from '../../rigs/hosts'
import { azurePlay, githubRevokePlay, gitlabRevokePlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from '../validation/setup'
import { gitlabWithRotate } from './gitlab-rotate-play'

const GH_OLD = 'ghp_' + 'OldRenew' + 'a'.repeat(28)
const GH_NEW = 'ghp_' + 'NewRenew' + 'b'.repeat(28)
const LIM_OLD = 'ghp_' + 'OldLimit' + 'c'.repeat(28)
const LIM_NEW = 'ghp_' + 'NewLimit' + 'd'.repeat(28)
const GL_OLD = 'glpat-' + 'OldRenew' + 'e'.repeat(12)
const GL_NEW = 'glpat-' + 'NewRenew' + 'f'.repeat(12)
const GL_STUCK = 'glpat-' + 'OldStuck' + 'g'.repeat(12)
const GL_STUCK_NEW = 'glpat-' + 'NewStuck' + 'h'.repeat(12)
const ADO_OLD = 'o'.repeat(52)
const ADO_NEW = 'n'.repeat(52)

const onDisk = (dir: string) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n')

// Real keychain and metadata file; the revoke stand-ins of test/rigs/hosts/revoke-play.ts (GitHub credentials
// revoke, GitLab DELETE /personal_access_tokens/self), sharing their token tables with the check stand-ins.
describe('after a renewal: revoke the old token on the host', () => {
  let gh: FakeHost
  let limited: FakeHost
  let gl: FakeHost
  let ado: FakeHost
  const ghTokens: Record<string, GithubToken> = { [GH_OLD]: { login: 'octocat', scopes: ['repo'] }, [GH_NEW]: { login: 'octocat', scopes: ['repo'] } }
  const limTokens: Record<string, GithubToken> = { [LIM_OLD]: { login: 'octocat', scopes: ['repo'] }, [LIM_NEW]: { login: 'octocat', scopes: ['repo'] } }
  const glTokens: Record<string, GitlabToken> = {
    [GL_OLD]: { username: 'jdoe', scopes: ['read_repository'], expires_at: '2027-01-01' },
    [GL_NEW]: { username: 'jdoe', scopes: ['read_repository'], expires_at: '2027-06-01' },
    [GL_STUCK]: { username: 'jdoe', scopes: ['read_repository'], expires_at: '2027-01-01' },
    [GL_STUCK_NEW]: { username: 'jdoe', scopes: ['read_repository'], expires_at: '2027-06-01' },
  }
  beforeAll(async () => {
    gh = await startFakeHost(githubRevokePlay(ghTokens))
    limited = await startFakeHost(githubRevokePlay(limTokens, { limitPerHour: 0 }))
    gl = await startFakeHost(gitlabRevokePlay(glTokens, { refuse: [GL_STUCK] }))
    ado = await startFakeHost(azurePlay(['contoso'], { [ADO_OLD]: { id: 'u1', displayName: 'Dev', account: 'dev@contoso.com' }, [ADO_NEW]: { id: 'u1', displayName: 'Dev', account: 'dev@contoso.com' } }))
  })
  afterAll(async () => {
    for (const h of [gh, limited, gl, ado]) await h?.close()
  })

  it('GitHub: offers the revoke, wants the label typed, revokes the old secret only, then forgets it', async () => {
    const { services, deps } = servicesFor({ github: gh.url })
    const t = await services.vault.add({ host: 'github', label: 'ci-deploy', secret: GH_OLD, purpose: 'write' })
    await services.checker.checkToken(t.id)
    const outcome = await services.renewal.submit(t.id, GH_NEW)
    expect(outcome.oldToken).toEqual({ how: 'api', message: 'The old token still works on GitHub.com. Revoke it now so a forgotten copy cannot be used.', manualUrl: 'https://github.com/settings/tokens' })

    await expect(services.renewal.revokeOld(t.id, 'CI-deploy')).rejects.toMatchObject({ code: 'invalid-input', message: 'Type the token\'s label "ci-deploy" exactly to confirm; nothing was revoked.' })
    expect(gh.requests.filter((r) => r.path === '/credentials/revoke')).toHaveLength(0)

    const revoked = await services.renewal.revokeOld(t.id, 'ci-deploy')
    expect(revoked).toMatchObject({ ok: true, status: 'accepted', message: 'GitHub accepted the request and revokes "ci-deploy (old token)" (it cannot be reactivated).' })
    expect(JSON.parse(gh.requests.find((r) => r.path === '/credentials/revoke')!.body)).toEqual({ credentials: [GH_OLD] })
    // The old token is dead on the host, the new one still works and the record is the live token's, unmarked.
    expect((await services.checker.checkDraft({ host: 'github', secret: GH_OLD })).status).toBe('invalid')
    expect((await services.checker.checkToken(t.id)).status).toBe('valid')
    expect(await services.vault.readSecret(t.id)).toBe(GH_NEW)
    expect((await services.vault.find(t.id)).revokedAt).toBeUndefined()
    // Main no longer holds the old secret.
    await expect(services.renewal.revokeOld(t.id, 'ci-deploy')).rejects.toMatchObject({ code: 'not-found' })

    const seen = onDisk(deps.dataDir) + deps.logLines.join('\n') + JSON.stringify([outcome, revoked])
    for (const s of [GH_OLD, GH_NEW]) expect(seen).not.toContain(s)
    await services.vault.remove(t.id)
  })

  it('GitHub past its hourly limit: the revoke fails, says so, changes nothing, and can be retried until the user leaves', async () => {
    const { services } = servicesFor({ github: limited.url })
    const t = await services.vault.add({ host: 'github', label: 'limited', secret: LIM_OLD, purpose: 'write' })
    await services.renewal.submit(t.id, LIM_NEW)
    const before = await services.vault.find(t.id)
    const failed = await services.renewal.revokeOld(t.id, 'limited')
    expect(failed).toMatchObject({ ok: false, status: 'rate-limited', manualUrl: 'https://github.com/settings/tokens' })
    expect(failed.message).toMatch(/^GitHub allows 60 revoke requests per hour and that limit is used up; nothing was changed\. Try again in \d+ minute\(s\)\.$/)
    expect(await services.vault.find(t.id)).toEqual(before)
    expect(await services.vault.readSecret(t.id)).toBe(LIM_NEW)
    expect(limTokens[LIM_OLD]).toBeDefined()
    // Leaving the screen forgets the old secret; a later revoke cannot use it.
    expect(await services.renewal.forgetOld(t.id)).toEqual({ forgotten: true })
    await expect(services.renewal.revokeOld(t.id, 'limited')).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('Revoke it by hand') })
    await services.vault.remove(t.id)
  })

  it('GitLab pasted renewal: DELETE /personal_access_tokens/self with the old token; a refusal says so and changes nothing', async () => {
    const { services } = servicesFor({ gitlab: gl.url })
    const t = await services.vault.add({ host: 'gitlab', label: 'laptop', secret: GL_OLD, purpose: 'read' })
    const outcome = await services.renewal.submit(t.id, GL_NEW)
    expect(outcome.oldToken).toMatchObject({ how: 'api', manualUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens' })
    expect(await services.renewal.revokeOld(t.id, 'laptop')).toMatchObject({ ok: true, status: 'revoked', message: 'GitLab revoked "laptop (old token)".' })
    const sent = gl.requests.find((r) => r.method === 'DELETE')!
    expect(sent.headers['private-token']).toBe(GL_OLD)
    expect((await services.checker.checkDraft({ host: 'gitlab', secret: GL_OLD })).status).toBe('revoked')
    expect((await services.checker.checkToken(t.id)).status).toBe('valid')

    const stuck = await services.vault.add({ host: 'gitlab', label: 'stuck', secret: GL_STUCK, purpose: 'read' })
    await services.renewal.submit(stuck.id, GL_STUCK_NEW)
    const before = await services.vault.find(stuck.id)
    const refused = await services.renewal.revokeOld(stuck.id, 'stuck')
    expect(refused).toMatchObject({ ok: false, status: 'refused', message: 'GitLab does not let "stuck (old token)" revoke itself; nothing was changed. Revoke it by hand on the page below.' })
    expect(await services.vault.find(stuck.id)).toEqual(before)
    expect(glTokens[GL_STUCK]!.revoked).toBeFalsy()
    for (const id of [t.id, stuck.id]) await services.vault.remove(id)
  })

  it('GitLab one-click rotation: says the old token is already revoked and holds nothing', async () => {
    const tokens: Record<string, GitlabToken> = { [GL_OLD]: { username: 'jdoe', scopes: ['api'], expires_at: '2027-01-01' } }
    const host = await startFakeHost(gitlabWithRotate(tokens))
    const { services } = servicesFor({ gitlab: host.url })
    const t = await services.vault.add({ host: 'gitlab', label: 'rotor', secret: GL_OLD, purpose: 'write', scopes: ['api'] })
    const outcome = await services.renewal.selfRotate(t.id, { expiresAt: '2027-03-01' })
    expect(outcome.oldToken).toEqual({ how: 'already-revoked', message: 'GitLab revoked the old token when it issued the new one, so there is nothing left to revoke.' })
    expect(await services.renewal.forgetOld(t.id)).toEqual({ forgotten: false })
    await services.vault.remove(t.id)
    await host.close()
  })

  it('Azure DevOps (no self-revoke API): the exact page by hand, and no old secret held', async () => {
    const { services } = servicesFor({ 'azure-devops': ado.url })
    const t = await services.vault.add({ host: 'azure-devops', org: 'contoso', label: 'pipelines', secret: ADO_OLD, purpose: 'read', expiresAt: '2027-01-01', expirySource: 'user' })
    const outcome = await services.renewal.submit(t.id, ADO_NEW, { expiresAt: '2027-06-01' })
    expect(outcome.oldToken).toEqual({
      how: 'by-hand',
      message: 'Azure DevOps Services has no API a token may use to revoke itself. The old token keeps working until it expires: revoke it by hand on the page below (it is the older of the two named "pipelines").',
      manualUrl: 'https://dev.azure.com/contoso/_usersSettings/tokens',
    })
    expect(await services.renewal.forgetOld(t.id)).toEqual({ forgotten: false })
    await services.vault.remove(t.id)
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/app/services'
import { createTestDeps } from '../../helpers/test-deps'
import { githubPlay, startFakeHost, type FakeHost, type GitlabToken } from '../../rigs/hosts'
import { gitlabWithRotate } from './gitlab-rotate-play'

const OLD = 'ghp_' + 'o'.repeat(36)
const NEW = 'ghp_' + 'n'.repeat(36)
const NARROW = 'ghp_' + 'w'.repeat(36)
const STRANGER = 'ghp_' + 's'.repeat(36)
const GL_OLD = 'glpat-' + 'A'.repeat(20)

describe('renewal flow against local hosts (real keychain)', () => {
  let gh: FakeHost
  let gl: FakeHost
  const glTokens: Record<string, GitlabToken> = { [GL_OLD]: { username: 'dev', scopes: ['api', 'write_repository'], expires_at: '2026-11-26' } }
  beforeAll(async () => {
    gh = await startFakeHost(
      githubPlay({
        [OLD]: { login: 'octocat', scopes: ['repo', 'workflow'], expires: '2026-11-26 10:00:00 UTC' },
        [NEW]: { login: 'OctoCat', scopes: ['repo', 'workflow'], expires: '2027-02-20 10:00:00 UTC' },
        [NARROW]: { login: 'octocat', scopes: ['repo'], expires: '2027-02-20 10:00:00 UTC' },
        [STRANGER]: { login: 'mallory', scopes: ['repo', 'workflow'] },
      }),
    )
    gl = await startFakeHost(gitlabWithRotate(glTokens))
  })
  afterAll(async () => {
    await gh.close()
    await gl.close()
  })
  const setup = () => {
    const deps = createTestDeps({ apiOverrides: { github: gh.url, gitlab: gl.url }, clock: () => new Date('2026-11-21T08:00:00Z') })
    return { deps, services: createServices(deps) }
  }

  it('swaps a GitHub token keeping notes and git bindings, refusing another account and asking before scopes shrink', async () => {
    const { deps, services } = setup()
    const added = await services.vault.add({ host: 'github', label: 'ci-deploy', secret: OLD, purpose: 'write-workflows', usedIn: ['GitHub Actions secret DEPLOY_TOKEN', 'Jenkins credential'] })
    await services.vault.update(added.id, { gitBindings: [{ id: 'b1', scope: 'global', configuredAt: '2026-11-01T00:00:00Z' }] })
    await services.checker.checkToken(added.id)

    const plan = await services.renewal.plan(added.id)
    expect(plan).toMatchObject({ tokenName: 'ci-deploy', scopes: ['repo', 'workflow'], canSelfRotate: false, hostReportsExpiry: true, account: 'octocat' })
    const { url } = await services.renewal.openTokenPage(added.id)
    expect(deps.opened).toEqual([url])
    expect(new URL(url).hostname).toBe('github.com')

    await expect(services.renewal.submit(added.id, STRANGER)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('belongs to mallory') })
    await expect(services.renewal.submit(added.id, 'ghp_' + 'x'.repeat(36))).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('old token is still in place') })
    const asked = await services.renewal.submit(added.id, NARROW)
    expect(asked).toMatchObject({ status: 'needs-confirmation', lostScopes: ['workflow'] })
    expect(await services.vault.readSecret(added.id)).toBe(OLD)

    const done = await services.renewal.submit(added.id, NEW)
    expect(done.status).toBe('swapped')
    expect(await services.vault.readSecret(added.id)).toBe(NEW)
    const after = await services.vault.find(added.id)
    expect(after).toMatchObject({ label: 'ci-deploy', expiresAt: '2027-02-20T10:00:00.000Z', expirySource: 'host', gitBindings: [{ id: 'b1' }], alerts: { sent: [] } })
    expect(after.usedIn.map((n) => [n.text, n.updatedAt])).toEqual([['GitHub Actions secret DEPLOY_TOKEN', undefined], ['Jenkins credential', undefined]])
    const ticked = await services.renewal.tick(added.id, after.usedIn[0]!.id, true)
    expect(ticked.usedIn[0]!.updatedAt).toBe('2026-11-21T08:00:00.000Z')

    // After the renewal the old expiry raises nothing.
    const overview = await services.expiry.evaluate()
    expect(overview.due.filter((a) => a.tokenId === added.id)).toEqual([])
    // Nothing secret on disk outside the keychain or in the log.
    const files = readdirSync(deps.dataDir).map((f) => readFileSync(join(deps.dataDir, f), 'utf8')).join('\n') + deps.logLines.join('\n')
    for (const secret of [OLD, NEW, NARROW, STRANGER]) expect(files).not.toContain(secret)
  })

  it('rotates a GitLab token with one click through self/rotate', async () => {
    const { deps, services } = setup()
    const added = await services.vault.add({ host: 'gitlab', label: 'laptop', secret: GL_OLD, purpose: 'write', scopes: ['api', 'write_repository'], expiresAt: '2026-11-26', expirySource: 'host' })
    const plan = await services.renewal.plan(added.id)
    expect(plan.canSelfRotate).toBe(true)
    const outcome = await services.renewal.selfRotate(added.id, { expiresAt: '2027-02-01' })
    expect(outcome.status).toBe('swapped')
    const sent = gl.requests.find((r) => r.method === 'POST')!
    expect([sent.headers['private-token'], JSON.parse(sent.body)]).toEqual([GL_OLD, { expires_at: '2027-02-01' }])
    const secret = await services.vault.readSecret(added.id)
    expect(secret).toMatch(/^glpat-R+1$/)
    expect(glTokens[GL_OLD]!.revoked).toBe(true)
    expect(await services.vault.find(added.id)).toMatchObject({ expiresAt: '2027-02-01T00:00:00.000Z', expirySource: 'host' }) // the check after rotation stores GitLab's date as the start of that UTC day
    expect(outcome.check.status).toBe('valid')
    expect(deps.logLines.join('\n')).not.toContain(secret)
    // A second rotation with the now-revoked old secret is impossible: the vault holds the new one.
    await expect(services.renewal.saveRescued(added.id)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses one-click rotation where the host has no such API', async () => {
    const { services } = setup()
    const added = await services.vault.add({ host: 'github', label: 'x', secret: OLD })
    await expect(services.renewal.selfRotate(added.id)).rejects.toMatchObject({ code: 'not-allowed' })
  })
})

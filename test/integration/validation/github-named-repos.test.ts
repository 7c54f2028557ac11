import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../electron/app/services'
import { createTestDeps, tempDir } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'
import { githubPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'

const SSO = 'ghp_' + 'S'.repeat(36)
const PLAIN = 'ghp_' + 'P'.repeat(36)
const LONG_LIVED = 'github_pat_' + 'L'.repeat(22) + '_' + 'm'.repeat(59)

describe('a stored GitHub token is checked on the repositories the user named (git setup, "used in")', () => {
  let gh: FakeHost
  let ghes: FakeHost
  let services: Services
  beforeAll(async () => {
    const tokens = {
      [SSO]: { login: 'octocat', scopes: ['repo'], sso: 'required' as const },
      [PLAIN]: { login: 'octocat', scopes: ['repo'] },
      [LONG_LIVED]: { login: 'octocat', orgLifetimeDays: 90 },
    }
    gh = await startFakeHost(githubPlay(tokens))
    ghes = await startFakeHost(githubPlay(tokens, { enterprise: true }))
    const world = createGitWorld()
    const dataDir = tempDir()
    services = createServices(createTestDeps({
      dataDir,
      env: { ...world.env, PATKEEPER_HOME: dataDir },
      apiOverrides: { github: gh.url, 'github-enterprise': ghes.url },
      validationNetwork: { timeoutMs: 1500, retryBackoffMs: 20, retryAfterCapMs: 2000 },
    }))
  })
  afterEach(async () => {
    for (const id of await services.secrets.ids().catch(() => [])) await services.secrets.delete(id)
  })
  afterAll(async () => {
    await gh.close()
    await ghes.close()
  })
  const pathsSince = (from: number) => gh.requests.slice(from).map((r) => r.path)

  it('a token set up for git on acme/app without SSO authorisation is pending approval, with the link', async () => {
    const token = await services.vault.add({ host: 'github', label: 'work', secret: SSO })
    await services.git.apply({ token: token.id, scope: 'global', pathPrefix: 'acme/app' })
    const from = gh.requests.length
    const result = await services.checker.checkToken(token.id)
    expect(result.status).toBe('pending-approval')
    expect(result.message).toMatch(/acme\/app's organization requires SAML single sign-on: open https:\/\/github\.com\/orgs\/acme\/sso\?authorization_request=/)
    expect(pathsSince(from)).toEqual(['/user', '/repos/acme/app'])
    expect((await services.vault.find(token.id)).lastCheck?.status).toBe('pending-approval')
  })

  it('a "used in" note with a repository URL on another host is not asked; one on github.com is', async () => {
    const token = await services.vault.add({ host: 'github', label: 'ci', secret: LONG_LIVED, usedIn: ['Runner for https://gitlab.com/acme/other', 'Deploys https://github.com/acme/site/actions'] })
    const from = gh.requests.length
    const result = await services.checker.checkToken(token.id)
    expect(result.status).toBe('invalid')
    expect(result.message).toMatch(/acme\/site's organization refuses fine-grained tokens that live longer than 90 days/)
    expect(pathsSince(from)).toEqual(['/user', '/repos/acme/site'])
  })

  it('with no repository named, nothing beyond GET /user is requested', async () => {
    const token = await services.vault.add({ host: 'github', label: 'plain', secret: PLAIN, usedIn: ['my laptop'] })
    await services.git.apply({ token: token.id, scope: 'global', pathPrefix: 'acme' }) // org-only: no documented SSO answer on /orgs
    const from = gh.requests.length
    const result = await services.checker.checkToken(token.id)
    expect(result.status).toBe('valid')
    expect(result.note).toMatch(/only on that organization's repositories\. Set the token up for git on "owner\/repo"/)
    expect(pathsSince(from)).toEqual(['/user'])
  })

  it('a repository that accepts the token leaves the check valid and says where it looked', async () => {
    const token = await services.vault.add({ host: 'github', label: 'app', secret: PLAIN })
    await services.git.apply({ token: token.id, scope: 'global', pathPrefix: 'acme/app' })
    const from = gh.requests.length
    const result = await services.checker.checkToken(token.id)
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'octocat' } })
    expect(result.note).toMatch(/^Also checked on acme\/app\. .*other organizations are not covered/)
    expect(pathsSince(from)).toEqual(['/user', '/repos/acme/app'])
  })

  it('a GitHub Enterprise token is asked only about repositories on its own server', async () => {
    // Lifetime policies exist on GHES from 3.16 (github.blog changelog 2024-10-18); org SAML SSO for tokens is a github.com feature.
    const token = await services.vault.add({ host: 'github-enterprise', url: 'https://github.example.com', label: 'ghes', secret: LONG_LIVED, usedIn: ['https://github.com/acme/public-mirror', 'https://github.example.com/acme/app.git'] })
    const from = ghes.requests.length
    const result = await services.checker.checkToken(token.id)
    expect(result.status).toBe('invalid')
    expect(result.message).toMatch(/acme\/app's organization refuses fine-grained tokens that live longer than 90 days/)
    expect(ghes.requests.slice(from).map((r) => r.path)).toEqual(['/api/v3/user', '/api/v3/repos/acme/app'])
  })
})

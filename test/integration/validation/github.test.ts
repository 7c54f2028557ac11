import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { githubPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const CLASSIC = 'ghp_' + 'a'.repeat(36)
const FINE = 'github_pat_' + 'B'.repeat(22) + '_' + 'c'.repeat(59)
const NO_EXPIRY = 'ghp_' + 'n'.repeat(36)
const READ_ONLY = 'ghp_' + 'r'.repeat(36)
const SSO = 'ghp_' + 's'.repeat(36)
const BUSY = 'ghp_' + 'b'.repeat(36)
const NOW = 'github_pat_' + 'N'.repeat(22) + '_' + 'n'.repeat(59)
const LONG_LIVED = 'github_pat_' + 'L'.repeat(22) + '_' + 'l'.repeat(59)
const ONE_REPO = 'github_pat_' + 'O'.repeat(22) + '_' + 'o'.repeat(59)
const NO_CONTENTS = 'github_pat_' + 'C'.repeat(22) + '_' + 'x'.repeat(59)

describe('GitHub validation through @octokit/rest against a local GitHub', () => {
  let gh: FakeHost
  let ghes: FakeHost
  const tokens = {
    [CLASSIC]: { login: 'octocat', name: 'Mona Octocat', email: 'mona@example.com', scopes: ['repo', 'workflow', 'read:user'], expires: '2027-12-01 10:00:00 UTC' },
    [FINE]: { login: 'octocat', expires: '2027-01-15 00:00:00 UTC' },
    [NO_EXPIRY]: { login: 'octocat', scopes: ['repo'] },
    [READ_ONLY]: { login: 'octocat', scopes: ['read:user'] },
    [SSO]: { login: 'octocat', scopes: ['repo'], sso: 'required' as const },
    [BUSY]: { login: 'octocat', scopes: ['repo'], secondaryLimit: true },
    [NOW]: { login: 'octocat', expires: 'NOW' },
    [LONG_LIVED]: { login: 'octocat', orgLifetimeDays: 90 },
    [ONE_REPO]: { login: 'octocat', repos: ['octocat/hello'] },
    [NO_CONTENTS]: { login: 'octocat', lacksPermission: 'contents=read' },
  }
  beforeAll(async () => {
    // The expiry header at the moment of the request, as go-github#3708 reports for fine-grained tokens.
    tokens[NOW]!.expires = new Date().toISOString().replace('T', ' ').slice(0, 19) + ' UTC'
    gh = await startFakeHost(githubPlay(tokens))
    ghes = await startFakeHost(githubPlay(tokens, { enterprise: true }))
  })
  afterAll(async () => {
    await gh.close()
    await ghes.close()
  })
  const checker = () => servicesFor({ github: gh.url }).services.checker

  it('reads identity, classic scopes and the expiry header', async () => {
    const result = await checker().checkDraft({ host: 'github', secret: CLASSIC, purpose: 'write-workflows' })
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'octocat', name: 'Mona Octocat', email: 'mona@example.com' }, scopes: ['repo', 'workflow', 'read:user'], expiresAt: '2027-12-01T10:00:00.000Z', tokenType: 'classic' })
    expect(result.message).toContain('octocat')
    const sent = gh.requests.at(-1)!
    expect(sent.path).toBe('/user')
    expect(sent.headers.authorization).toMatch(/^(token|bearer) /i)
  })

  it('recognises a fine-grained token (no scopes header) and keeps its expiry', async () => {
    const result = await checker().checkDraft({ host: 'github', secret: FINE, purpose: 'write' })
    expect(result).toMatchObject({ status: 'valid', tokenType: 'fine-grained', expiresAt: '2027-01-15T00:00:00.000Z' })
    expect(result.scopes).toBeUndefined()
  })

  it('reports "never expires" when github.com sends no expiry header', async () => {
    const result = await checker().checkDraft({ host: 'github', secret: NO_EXPIRY, purpose: 'read' })
    expect(result.status).toBe('valid')
    expect(result.expiresAt).toBeNull()
  })

  it('names exactly the scopes the purpose lacks', async () => {
    const result = await checker().checkDraft({ host: 'github', secret: READ_ONLY, purpose: 'write-workflows' })
    expect(result.status).toBe('missing-scopes')
    expect(result.missingScopes).toEqual(['repo', 'workflow'])
    expect(result.message).toMatch(/`repo` and `workflow`\. Edit the token on GitHub/)
  })

  it('says "invalid" for a 401 carrying GitHub request id, and never echoes the token', async () => {
    const bad = 'ghp_' + 'z'.repeat(36)
    const result = await checker().checkDraft({ host: 'github', secret: bad })
    expect(result.status).toBe('invalid')
    expect(result.message).toMatch(/GitHub says this token is invalid.*guide/)
    expect(JSON.stringify(result)).not.toContain(bad)
  })

  it('does not call a 401 without GitHub marks "invalid" (proxy or portal)', async () => {
    gh.fail('proxy-401')
    try {
      const result = await checker().checkDraft({ host: 'github', secret: CLASSIC })
      expect(result.status).toBe('host-error')
      expect(result.message).toMatch(/proxy/)
    } finally {
      gh.heal()
    }
  })

  it('reports SAML SSO authorization, which GitHub shows only on org resources, from the named repository', async () => {
    const plain = await checker().checkDraft({ host: 'github', secret: SSO })
    expect(plain.status).toBe('valid') // GET /user cannot see it
    const result = await checker().checkDraft({ host: 'github', secret: SSO, repository: 'acme/app' })
    expect(result.status).toBe('pending-approval')
    expect(result.message).toMatch(/acme\/app.*single sign-on.*https:\/\/github\.com\/orgs\/acme\/sso/)
    expect(gh.requests.at(-1)!.path).toBe('/repos/acme/app')
  })

  it('reports an organization lifetime policy, and a repository the token cannot see, from the named repository', async () => {
    const policy = await checker().checkDraft({ host: 'github', secret: LONG_LIVED, repository: 'https://github.com/acme/app.git' })
    expect(policy.status).toBe('invalid')
    expect(policy.message).toMatch(/acme\/app's organization refuses fine-grained tokens that live longer than 90 days; regenerate/)
    const hidden = await checker().checkDraft({ host: 'github', secret: ONE_REPO, repository: 'acme/app' })
    expect(hidden.status).toBe('missing-scopes')
    expect(hidden.message).toMatch(/does not show it acme\/app.*not approved the token yet/)
    expect((await checker().checkDraft({ host: 'github', secret: ONE_REPO, repository: 'octocat/hello' })).status).toBe('valid')
    const perm = await checker().checkDraft({ host: 'github', secret: NO_CONTENTS, repository: 'acme/app' })
    expect(perm).toMatchObject({ status: 'missing-scopes', missingScopes: ['contents:read'] })
  })

  it('reports a secondary rate limit (403, requests left, no retry-after) as rate-limited, not invalid', async () => {
    const result = await checker().checkDraft({ host: 'github', secret: BUSY })
    expect(result.status).toBe('rate-limited')
    expect(result.message).toMatch(/secondary rate limit.*wait at least a minute/)
  })

  it('does not store an expiry at or before "now" on an accepted request (go-github#3708)', async () => {
    const result = await checker().checkDraft({ host: 'github', secret: NOW })
    expect(result.status).toBe('valid')
    expect(result.expiresAt).toBeUndefined()
  })

  it('talks to GitHub Enterprise on /api/v3 of the server URL', async () => {
    const { services } = servicesFor()
    const result = await services.checker.checkDraft({ host: 'github-enterprise', url: ghes.url, secret: CLASSIC, purpose: 'write' })
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'octocat' }, expiresAt: '2027-12-01T10:00:00.000Z' })
    expect(ghes.requests.at(-1)!.path).toBe('/api/v3/user')
  })

  it('reports malformed JSON as a host error', async () => {
    gh.fail('malformed-json')
    try {
      const result = await checker().checkDraft({ host: 'github', secret: CLASSIC })
      expect(result.status).toBe('host-error')
      expect(result.message).toMatch(/could not read/)
    } finally {
      gh.heal()
    }
  })
})

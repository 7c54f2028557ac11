import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { githubPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const CLASSIC = 'ghp_' + 'a'.repeat(36)
const FINE = 'github_pat_' + 'B'.repeat(22) + '_' + 'c'.repeat(59)
const NO_EXPIRY = 'ghp_' + 'n'.repeat(36)
const READ_ONLY = 'ghp_' + 'r'.repeat(36)
const SSO = 'ghp_' + 's'.repeat(36)

describe('GitHub validation through @octokit/rest against a local GitHub', () => {
  let gh: FakeHost
  let ghes: FakeHost
  const tokens = {
    [CLASSIC]: { login: 'octocat', name: 'Mona Octocat', email: 'mona@example.com', scopes: ['repo', 'workflow', 'read:user'], expires: '2026-12-01 10:00:00 UTC' },
    [FINE]: { login: 'octocat', expires: '2027-01-15 00:00:00 UTC' },
    [NO_EXPIRY]: { login: 'octocat', scopes: ['repo'] },
    [READ_ONLY]: { login: 'octocat', scopes: ['read:user'] },
    [SSO]: { login: 'octocat', scopes: ['repo'], sso: 'required' as const },
  }
  beforeAll(async () => {
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
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'octocat', name: 'Mona Octocat', email: 'mona@example.com' }, scopes: ['repo', 'workflow', 'read:user'], expiresAt: '2026-12-01T10:00:00.000Z', tokenType: 'classic' })
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
    expect(result.message).toContain('add `repo` and `workflow`')
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

  it('reports SAML SSO authorization as such', async () => {
    const result = await checker().checkDraft({ host: 'github', secret: SSO })
    expect(result.status).toBe('pending-approval')
    expect(result.message).toMatch(/single sign-on.*https:\/\/github\.com\/orgs\/acme\/sso/)
  })

  it('talks to GitHub Enterprise on /api/v3 of the server URL', async () => {
    const { services } = servicesFor()
    const result = await services.checker.checkDraft({ host: 'github-enterprise', url: ghes.url, secret: CLASSIC, purpose: 'write' })
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'octocat' }, expiresAt: '2026-12-01T10:00:00.000Z' })
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

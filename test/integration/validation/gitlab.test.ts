import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gitlabPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { servicesFor } from './setup'

const FULL = 'glpat-' + 'f'.repeat(20)
const GIT_ONLY = 'glpat-' + 'g'.repeat(20)
const READ = 'glpat-' + 'r'.repeat(20)
const REVOKED = 'glpat-' + 'v'.repeat(20)
const EXPIRED = 'glpat-' + 'e'.repeat(20)
const FINE = 'glpat-' + 'G'.repeat(20)
const FINE_FLAG = 'glpat-' + 'H'.repeat(20)
const FINE_NO_SELF = 'glpat-' + 'I'.repeat(20)
const DEPLOY = 'gldt-' + 'd'.repeat(20)

describe('GitLab validation (cloud and self-managed)', () => {
  let gl: FakeHost
  beforeAll(async () => {
    gl = await startFakeHost(
      gitlabPlay({
        [FULL]: { username: 'jdoe', name: 'Jane Doe', email: 'jane@example.com', scopes: ['read_user', 'write_repository'], expires_at: '2027-02-01' },
        [GIT_ONLY]: { username: 'jdoe', scopes: ['write_repository'], expires_at: '2027-03-01' },
        [READ]: { username: 'jdoe', scopes: ['read_repository', 'read_user'], expires_at: '2027-03-01' },
        [REVOKED]: { username: 'jdoe', scopes: ['api'], expires_at: '2027-03-01', revoked: true },
        [EXPIRED]: { username: 'jdoe', scopes: ['api'], expires_at: '2026-01-01' },
        [FINE]: { username: 'jdoe', scopes: [], expires_at: '2027-03-01', granular: true },
        [FINE_FLAG]: { username: 'jdoe', scopes: [], expires_at: '2027-03-01', granular: 'flag' },
        [FINE_NO_SELF]: { username: 'jdoe', scopes: [], expires_at: '2027-03-01', granular: 'no-self-read' },
      }),
    )
  })
  afterAll(() => gl.close())

  it('reads scopes and expiry from /personal_access_tokens/self, then the user when read_user allows', async () => {
    const result = await servicesFor({ gitlab: gl.url }).services.checker.checkDraft({ host: 'gitlab', secret: FULL, purpose: 'write' })
    expect(result).toMatchObject({ status: 'valid', scopes: ['read_user', 'write_repository'], identity: { login: 'jdoe', name: 'Jane Doe', email: 'jane@example.com' }, tokenType: 'personal' })
    // GitLab's expires_at is a date: the token stops at the start of that day, UTC.
    expect(result.expiresAt).toBe('2027-02-01T00:00:00.000Z')
    expect(gl.requests.slice(-2).map((r) => r.path)).toEqual(['/api/v4/personal_access_tokens/self', '/api/v4/user'])
  })

  it('does not call /user when the scopes do not allow it, and still validates', async () => {
    const before = gl.requests.length
    const result = await servicesFor({ gitlab: gl.url }).services.checker.checkDraft({ host: 'gitlab', secret: GIT_ONLY, purpose: 'write' })
    expect(result.status).toBe('valid')
    expect(result.identity).toBeUndefined()
    expect(gl.requests.length - before).toBe(1)
  })

  it('names the missing write_repository for a push purpose', async () => {
    const result = await servicesFor({ gitlab: gl.url }).services.checker.checkDraft({ host: 'gitlab', secret: READ, purpose: 'write' })
    expect(result.status).toBe('missing-scopes')
    expect(result.missingScopes).toEqual(['write_repository'])
    expect(result.message).toMatch(/`write_repository`\. GitLab cannot change the scopes of an existing token, so create a new one/)
  })

  it('does not hold fine-grained tokens to legacy scopes, and a 403 insufficient_granular_scope on /self is not "invalid"', async () => {
    const checker = servicesFor({ gitlab: gl.url }).services.checker
    for (const secret of [FINE, FINE_FLAG]) {
      const result = await checker.checkDraft({ host: 'gitlab', secret, purpose: 'write' })
      expect(result).toMatchObject({ status: 'valid', tokenType: 'fine-grained', expiresAt: '2027-03-01T00:00:00.000Z' })
      expect(result.missingScopes).toBeUndefined()
      expect(result.note).toMatch(/fine-grained tokens grant permissions per resource/)
    }
    const refused = await checker.checkDraft({ host: 'gitlab', secret: FINE_NO_SELF, purpose: 'read' })
    expect(refused).toMatchObject({ status: 'valid', tokenType: 'fine-grained' })
    expect(refused.expiresAt).toBeUndefined()
    expect(refused.note).toMatch(/does not let this fine-grained token read its own details/)
  })

  it('maps the 401 bodies: revoked, expired, unknown', async () => {
    const checker = servicesFor({ gitlab: gl.url }).services.checker
    expect((await checker.checkDraft({ host: 'gitlab', secret: REVOKED })).status).toBe('revoked')
    expect((await checker.checkDraft({ host: 'gitlab', secret: EXPIRED })).status).toBe('expired')
    const unknown = await checker.checkDraft({ host: 'gitlab', secret: 'glpat-' + 'u'.repeat(20) })
    expect(unknown.status).toBe('invalid')
    expect(unknown.message).toMatch(/create a new one/)
  })

  it('uses the self-managed URL without any override', async () => {
    const result = await servicesFor().services.checker.checkDraft({ host: 'gitlab-self-managed', url: gl.url, secret: FULL })
    expect(result.status).toBe('valid')
  })

  it('reports a 5xx twice as a host error and malformed JSON as unreadable', async () => {
    const checker = servicesFor({ gitlab: gl.url }).services.checker
    gl.fail('server-error')
    expect((await checker.checkDraft({ host: 'gitlab', secret: FULL })).status).toBe('host-error')
    gl.fail('malformed-json')
    const bad = await checker.checkDraft({ host: 'gitlab', secret: FULL })
    gl.heal()
    expect(bad.status).toBe('host-error')
    expect(bad.message).toMatch(/could not read/)
  })
})

describe('GitLab deploy tokens, checked with git (the token API does not take them)', () => {
  let git: GitServer
  const world = createGitWorld()
  beforeAll(async () => {
    git = await startGitServer({ accounts: [{ pathPrefix: '/', username: 'gitlab+deploy-token-7', password: DEPLOY }] })
    await git.createRepo('acme/app.git')
  })
  afterAll(() => git.close())

  it('says what it needs instead of "revoked or mistyped", then checks with git ls-remote', async () => {
    const { services } = servicesFor({}, {}, world.env)
    const bare = await services.checker.checkDraft({ host: 'gitlab-self-managed', url: git.url, secret: DEPLOY })
    expect(bare.status).toBe('host-error')
    expect(bare.message).toMatch(/deploy token.*`gitlab\+deploy-token-1`.*`group\/project`/)
    expect(git.requests).toHaveLength(0)
    const ok = await services.checker.checkDraft({ host: 'gitlab-self-managed', url: git.url, secret: DEPLOY, username: 'gitlab+deploy-token-7', repository: 'acme/app' })
    expect(ok).toMatchObject({ status: 'valid', tokenType: 'deploy', identity: { login: 'gitlab+deploy-token-7' } })
    expect(git.requests.some((r) => r.username === 'gitlab+deploy-token-7' && r.status === 200)).toBe(true)
    const wrong = await services.checker.checkDraft({ host: 'gitlab-self-managed', url: git.url, secret: DEPLOY, username: 'gitlab+deploy-token-8', repository: 'acme/app' })
    expect(wrong.status).toBe('invalid')
    expect(wrong.message).toMatch(/Deploy tokens/)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gitlabPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const FULL = 'glpat-' + 'f'.repeat(20)
const GIT_ONLY = 'glpat-' + 'g'.repeat(20)
const READ = 'glpat-' + 'r'.repeat(20)
const REVOKED = 'glpat-' + 'v'.repeat(20)
const EXPIRED = 'glpat-' + 'e'.repeat(20)

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
    expect(result.message).toContain('add `write_repository`')
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TokenRecord } from '../../../shared/domain/token'
import { rotateGitlabToken } from '../../../electron/renewal/gitlab-rotate'
import { startFakeHost, type FakeHost, type GitlabToken } from '../../rigs/hosts'
import { gitlabWithRotate } from './gitlab-rotate-play'

const OLD = 'glpat-' + 'o'.repeat(20)
const SPARE = 'glpat-' + 's'.repeat(20)
/** The error a rotation ends with (it must fail in these cases). */
const failure = (run: Promise<unknown>): Promise<Error> => run.then(() => new Error('rotation unexpectedly succeeded'), (e: unknown) => e as Error)

const record = { id: 'x', host: 'gitlab', url: 'https://gitlab.com', scopes: ['api'] } as unknown as TokenRecord

describe('GitLab rotation whose answer is lost', () => {
  let lost: FakeHost
  let down: FakeHost
  const tokens: Record<string, GitlabToken> = {
    [OLD]: { username: 'jdoe', scopes: ['api'], expires_at: '2027-01-01' },
    [SPARE]: { username: 'jdoe', scopes: ['api'], expires_at: '2027-01-01' },
  }
  beforeAll(async () => {
    lost = await startFakeHost(gitlabWithRotate(tokens, { loseAnswer: true }))
    down = await startFakeHost(gitlabWithRotate(tokens))
  })
  afterAll(async () => {
    await lost.close()
    await down.close()
  })

  it('finds out that GitLab rotated (old token now 401) and says not to retry, never "nothing was changed"', async () => {
    const io = { fetch, overrides: { gitlab: lost.url }, timeoutMs: 800 }
    const error = await failure(rotateGitlabToken(record, OLD, '2027-02-01', io))
    expect(error.message).toMatch(/GitLab rotated the token but its answer with the new token was lost.*Do not retry/)
    expect(error.message).not.toMatch(/Nothing was changed/)
    expect(lost.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v4/personal_access_tokens/self/rotate', 'GET /api/v4/personal_access_tokens/self'])
    // Why: a retry with the old token makes GitLab revoke the family, the new token too.
    const fresh = Object.keys(tokens).find((t) => t.startsWith('glpat-R'))!
    expect(tokens[fresh]!.revoked).toBe(false)
    await fetch(`${lost.url}/api/v4/personal_access_tokens/self/rotate`, { method: 'POST', headers: { 'private-token': OLD }, body: '{}' })
    expect(tokens[fresh]!.revoked).toBe(true)
  })

  it('says the token was not rotated when the old token still works', async () => {
    const host = await startFakeHost(gitlabWithRotate(tokens))
    host.fail('hang')
    const io = { fetch, overrides: { gitlab: host.url }, timeoutMs: 1000 }
    // The rotate request hangs; heal before the follow-up so /self answers with the untouched token.
    const pending = failure(rotateGitlabToken(record, SPARE, '2027-02-01', io))
    while (host.requests.length === 0) await new Promise((r) => setTimeout(r, 10))
    host.heal()
    const error = await pending
    await host.close()
    expect(error.message).toMatch(/current token still works, so it was not rotated. Nothing was changed/)
    expect(tokens[SPARE]!.revoked).toBeFalsy()
  })

  it('says it could not find out, and not to retry blindly, when GitLab stays silent', async () => {
    down.fail('hang')
    const error = await failure(rotateGitlabToken(record, SPARE, '2027-02-01', { fetch, overrides: { gitlab: down.url }, timeoutMs: 300 }))
    expect(error.message).toMatch(/could not find out whether it happened. Do not retry/)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bitbucketCloudPlay, bitbucketDcPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const API_TOKEN = 'ATATT3xFfGF0' + 'k'.repeat(60) + '=0A1B2C3D'
const NO_USER_SCOPE = 'ATATT3xFfGF0' + 'n'.repeat(60) + '=0A1B2C3E'
const NICK_ONLY = 'ATATT3xFfGF0' + 'q'.repeat(60) + '=0A1B2C3F'
const ACCESS = 'ATCTT3xFfGF0' + 'a'.repeat(60) + '=0A1B2C40'
const DC_TOKEN = 'BBDC-' + 'd'.repeat(44)

describe('Bitbucket Cloud validation', () => {
  let bb: FakeHost
  beforeAll(async () => {
    bb = await startFakeHost(
      bitbucketCloudPlay({
        [API_TOKEN]: { email: 'jane@example.com', username: 'janedoe', display_name: 'Jane Doe', scopes: ['read:user:bitbucket', 'read:repository:bitbucket', 'write:repository:bitbucket'] },
        // Exactly the guide's "Clone, pull and push" scopes: no read:user:bitbucket.
        [NO_USER_SCOPE]: { email: 'jane@example.com', username: 'janedoe', display_name: 'Jane Doe', scopes: ['read:repository:bitbucket', 'write:repository:bitbucket'] },
        [NICK_ONLY]: { email: 'jane@example.com', nickname: 'Jane D', display_name: 'Jane Doe', scopes: ['read:user:bitbucket', 'read:repository:bitbucket'] },
        [ACCESS]: { display_name: 'Repo token', scopes: ['repository', 'repository:write'] },
      }),
    )
  })
  afterAll(() => bb.close())
  const checker = () => servicesFor({ 'bitbucket-cloud': bb.url }).services.checker

  it('checks an API token with Basic "email:token" on /2.0/user', async () => {
    const result = await checker().checkDraft({ host: 'bitbucket-cloud', email: 'jane@example.com', secret: API_TOKEN })
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'janedoe', name: 'Jane Doe' }, tokenType: 'api-token' })
    const auth = String(bb.requests.at(-1)!.headers.authorization)
    expect(Buffer.from(auth.replace('Basic ', ''), 'base64').toString()).toBe(`jane@example.com:${API_TOKEN}`)
  })

  it('accepts a token made exactly as the guide says for push, reading its scopes from the 403 detail', async () => {
    for (const purpose of ['read', 'write'] as const) {
      const result = await checker().checkDraft({ host: 'bitbucket-cloud', email: 'jane@example.com', secret: NO_USER_SCOPE, purpose })
      expect(result).toMatchObject({ status: 'valid', scopes: ['read:repository:bitbucket', 'write:repository:bitbucket'] })
      expect(result.identity).toBeUndefined()
      expect(result.note).toMatch(/does not show this token the account profile/)
    }
    const integration = await checker().checkDraft({ host: 'bitbucket-cloud', email: 'jane@example.com', secret: NO_USER_SCOPE, purpose: 'integration' })
    expect(integration).toMatchObject({ status: 'missing-scopes', missingScopes: ['read:user:bitbucket', 'read:pullrequest:bitbucket', 'write:pullrequest:bitbucket'] })
    expect(integration.message).toMatch(/create a new one/)
  })

  it('never takes the nickname as the git username', async () => {
    const result = await checker().checkDraft({ host: 'bitbucket-cloud', email: 'jane@example.com', secret: NICK_ONLY })
    expect(result.status).toBe('valid')
    expect(result.identity).toEqual({ name: 'Jane Doe', email: 'jane@example.com' })
  })

  it('accepts an access token (Bearer) that cannot read the profile, without asking for an impossible scope', async () => {
    const result = await checker().checkDraft({ host: 'bitbucket-cloud', secret: ACCESS, purpose: 'write' })
    expect(result).toMatchObject({ status: 'valid', tokenType: 'access-token' })
    expect(bb.requests.at(-1)!.headers.authorization).toBe(`Bearer ${ACCESS}`)
  })

  it('asks for the email when a token fails without one, and reports a wrong token as invalid', async () => {
    expect((await checker().checkDraft({ host: 'bitbucket-cloud', secret: API_TOKEN })).message).toMatch(/Atlassian account email/)
    expect((await checker().checkDraft({ host: 'bitbucket-cloud', email: 'jane@example.com', secret: API_TOKEN + 'x' })).status).toBe('invalid')
  })

  it('reports an app password as no longer supported without sending it', async () => {
    const before = bb.requests.length
    const result = await checker().checkDraft({ host: 'bitbucket-cloud', username: 'janedoe', secret: 'ATBB' + 'p'.repeat(32) })
    expect(result).toMatchObject({ status: 'invalid', tokenType: 'app-password' })
    expect(result.message).toMatch(/app password.*2026-07-28.*API token/)
    expect(bb.requests.length).toBe(before)
  })
})

describe('Bitbucket Data Center validation', () => {
  let dc: FakeHost
  const PROJECT_TOKEN = 'BBDC-' + 'p'.repeat(44)
  beforeAll(async () => void (dc = await startFakeHost(bitbucketDcPlay({ [DC_TOKEN]: { slug: 'jdoe', displayName: 'Jane Doe', emailAddress: 'jane@corp.example' }, [PROJECT_TOKEN]: { slug: 'bot-proj-1', displayName: 'Project token', service: true } }))))
  afterAll(() => dc.close())

  it('sends Bearer to a /rest endpoint and takes the user from X-AUSERNAME', async () => {
    const result = await servicesFor().services.checker.checkDraft({ host: 'bitbucket-data-center', url: dc.url, secret: DC_TOKEN })
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'jdoe', name: 'Jane Doe', email: 'jane@corp.example' } })
    expect(dc.requests.at(-2)!.path).toBe('/rest/api/1.0/application-properties')
    expect(dc.requests.at(-2)!.headers.authorization).toBe(`Bearer ${DC_TOKEN}`)
  })

  it('recognises a project/repository token (SERVICE user): Bearer only, and its bot name never becomes the git username', async () => {
    const { services } = servicesFor()
    const result = await services.checker.checkDraft({ host: 'bitbucket-data-center', url: dc.url, secret: PROJECT_TOKEN })
    expect(result).toMatchObject({ status: 'valid', tokenType: 'project-repo-token', identity: { name: 'Project token' } })
    expect(result.identity?.login).toBeUndefined()
    expect(result.note).toMatch(/only as Bearer tokens.*git 2\.46/)
    const record = await services.vault.add({ host: 'bitbucket-data-center', url: dc.url, label: 'bot', secret: PROJECT_TOKEN })
    try {
      await services.checker.checkToken(record.id)
      expect(await services.vault.find(record.id)).toMatchObject({ tokenType: 'project-repo-token' })
      expect((await services.vault.find(record.id))?.username).toBeUndefined()
    } finally {
      await services.vault.remove(record.id)
    }
    // The stand-in refuses Basic with a username for it, as Bitbucket does.
    const basicAuth = await fetch(`${dc.url}/rest/api/1.0/application-properties`, { headers: { authorization: `Basic ${Buffer.from(`bot-proj-1:${PROJECT_TOKEN}`).toString('base64')}` } })
    expect(basicAuth.status).toBe(401)
  })

  it('reports a rejected token as invalid', async () => {
    const result = await servicesFor().services.checker.checkDraft({ host: 'bitbucket-data-center', url: dc.url, secret: 'BBDC-' + 'w'.repeat(44) })
    expect(result.status).toBe('invalid')
    expect(result.message).toMatch(/HTTP access token/)
  })
})

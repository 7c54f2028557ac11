import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { codecommitPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const KEY = 'AKIAIOSFODNN7EXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const LIMITED = 'AKIAI44QH8DHBEXAMPLE'
const TEMP = 'ASIAIOSFODNN7EXAMPLE'

describe('CodeCommit validation through the real AWS SDK', () => {
  let cc: FakeHost
  let skewed: FakeHost
  const keys = {
    [KEY]: { secret: SECRET, accountId: '123456789012', user: 'dev' },
    [LIMITED]: { secret: SECRET, accountId: '123456789012', user: 'ci', allow: ['codecommit:GitPull'] },
    [TEMP]: { secret: SECRET, accountId: '123456789012', user: 'sso', expired: true },
  }
  beforeAll(async () => {
    cc = await startFakeHost(codecommitPlay(keys, { repositories: ['demo'], region: 'eu-west-1' }))
    skewed = await startFakeHost(codecommitPlay(keys, { repositories: ['demo'], clockOffsetMs: 40 * 60_000, omitDate: true }))
  })
  afterAll(async () => {
    await cc.close()
    await skewed.close()
  })
  const check = (username: string, secret: string, repository?: string, host = cc) =>
    servicesFor({ codecommit: host.url }).services.checker.checkDraft({ host: 'codecommit', region: 'eu-west-1', username, secret, repository })

  it('signs GetRepository with the key pair and reports the account (the signature is verified)', async () => {
    const result = await check(KEY, SECRET, 'demo')
    expect(result).toMatchObject({ status: 'valid', identity: { login: KEY, name: 'AWS account 123456789012' }, tokenType: 'access-key', expiresAt: null })
    expect(cc.requests.at(-1)!.headers['x-amz-target']).toBe('CodeCommit_20150413.GetRepository')
    expect(String(cc.requests.at(-1)!.headers.authorization)).toContain(`Credential=${KEY}/`)
  })

  it('uses ListRepositories when no repository is known', async () => {
    expect((await check(KEY, SECRET)).status).toBe('valid')
    expect(cc.requests.at(-1)!.headers['x-amz-target']).toBe('CodeCommit_20150413.ListRepositories')
  })

  it('maps AWS errors: unknown key, wrong secret, denied action, expired session, clock skew, missing repository', async () => {
    expect((await check('AKIAUNKNOWNKEY000000', SECRET, 'demo')).status).toBe('invalid')
    const wrong = await check(KEY, SECRET.replace('K7', 'K8'), 'demo')
    expect(wrong.status).toBe('invalid')
    expect(wrong.message).toMatch(/secret access key does not match/)
    const denied = await check(LIMITED, SECRET, 'demo')
    expect(denied.status).toBe('missing-scopes')
    expect(denied.missingScopes).toEqual(['codecommit:GetRepository'])
    expect((await check(TEMP, SECRET, 'demo')).status).toBe('expired')
    const skew = await check(KEY, SECRET, 'demo', skewed)
    expect(skew.status).toBe('host-error')
    expect(skew.message).toMatch(/clock/)
    const missing = await check(KEY, SECRET, 'nope')
    expect(missing.status).toBe('host-error')
    expect(missing.message).toMatch(/no repository named "nope"/)
  })

  it('reports a dead endpoint as unreachable', async () => {
    const gone = await startFakeHost(codecommitPlay(keys, { repositories: [] }))
    await gone.close()
    const result = await check(KEY, SECRET, 'demo', gone)
    expect(result.status).toBe('unreachable')
  })
})

describe('CodeCommit HTTPS Git credentials via git ls-remote', () => {
  let git: GitServer
  const user = 'dev-at-123456789012'
  const password = 'x'.repeat(43) + '='
  beforeAll(async () => {
    git = await startGitServer({ accounts: [{ pathPrefix: '/', username: user, password }] })
    await git.createRepo('v1/repos/demo')
  })
  afterAll(() => git.close())

  it('accepts working credentials and rejects wrong ones, with nothing in argv', async () => {
    const world = createGitWorld()
    const { services } = servicesFor({ codecommit: git.url }, {}, world.env)
    const ok = await services.checker.checkDraft({ host: 'codecommit', region: 'eu-west-1', repository: 'demo', username: user, secret: password })
    expect(ok).toMatchObject({ status: 'valid', tokenType: 'git-credentials' })
    expect(git.requests.some((r) => r.username === user && r.status === 200)).toBe(true)
    const bad = await services.checker.checkDraft({ host: 'codecommit', region: 'eu-west-1', repository: 'demo', username: user, secret: 'y'.repeat(44) })
    expect(bad.status).toBe('invalid')
    expect(bad.message).toMatch(/HTTPS Git credentials/)
  })
})

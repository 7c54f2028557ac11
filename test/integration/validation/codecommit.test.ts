import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { codecommitPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { apiBaseFor, codecommitGitUrl } from '../../../electron/validation/api-base'
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
    expect(result).toMatchObject({ status: 'valid', identity: { login: KEY, name: 'AWS account 123456789012' }, tokenType: 'access-key' })
    // AWS says nothing about expiry: the user's rotation date must survive (no "never expires").
    expect(result.expiresAt).toBeUndefined()
    expect(result.note).toMatch(/AWS does not say whether an access key expires/)
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
    // A git-only policy (GitPull) is fine for git; only an API tool needs GetRepository.
    const gitOnly = await check(LIMITED, SECRET, 'demo')
    expect(gitOnly.status).toBe('valid')
    expect(gitOnly.message).toMatch(/does not allow `codecommit:GetRepository`, which git does not need/)
    const denied = await servicesFor({ codecommit: cc.url }).services.checker.checkDraft({ host: 'codecommit', region: 'eu-west-1', username: LIMITED, secret: SECRET, repository: 'demo', purpose: 'integration' })
    expect(denied.status).toBe('missing-scopes')
    expect(denied.missingScopes).toEqual(['codecommit:GetRepository'])
    // A temporary key cannot work without its session token: said before anything is sent.
    const sent = cc.requests.length
    const temp = await check(TEMP, SECRET, 'demo')
    expect(temp.status).toBe('invalid')
    expect(temp.message).toMatch(/temporary AWS key.*session token/)
    expect(cc.requests.length).toBe(sent)
    const skew = await check(KEY, SECRET, 'demo', skewed)
    expect(skew.status).toBe('host-error')
    expect(skew.message).toMatch(/clock/)
    const missing = await check(KEY, SECRET, 'nope')
    expect(missing.status).toBe('host-error')
    expect(missing.message).toMatch(/no repository named "nope"/)
  })

  it('keeps the rotation date the user entered on a stored key after a successful check', async () => {
    const { services } = servicesFor({ codecommit: cc.url })
    const record = await services.vault.add({ host: 'codecommit', region: 'eu-west-1', label: 'aws', username: KEY, secret: SECRET, repository: 'demo', expiresAt: '2027-06-01T00:00:00.000Z' })
    try {
      expect((await services.checker.checkToken(record.id)).status).toBe('valid')
      const after = await services.vault.find(record.id)
      expect(after).toMatchObject({ expiresAt: '2027-06-01T00:00:00.000Z', expirySource: 'user' })
    } finally {
      await services.vault.remove(record.id)
    }
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

  it('reports git "429 Rate Exceeded" as throttling, not a generic error', async () => {
    // CodeCommit troubleshooting (docs.aws.amazon.com/codecommit/latest/userguide/troubleshooting-ae.html):
    // git gets 429 / "Rate Exceeded" when requests are throttled; the host rig's rate-limit mode answers 429.
    const busy = await startFakeHost(() => ({ status: 200 }))
    busy.fail('rate-limit')
    try {
      const world = createGitWorld()
      const { services } = servicesFor({ codecommit: busy.url }, {}, world.env)
      const result = await services.checker.checkDraft({ host: 'codecommit', region: 'eu-west-1', repository: 'demo', username: user, secret: password })
      expect(result.status).toBe('rate-limited')
      expect(result.message).toMatch(/throttling git requests/)
    } finally {
      await busy.close()
    }
  })
})

describe('CodeCommit endpoints in China regions', () => {
  it('uses amazonaws.com.cn for git and the API there (as the catalog says)', () => {
    expect(codecommitGitUrl({ host: 'codecommit', region: 'cn-north-1', repository: 'demo' })).toBe('https://git-codecommit.cn-north-1.amazonaws.com.cn/v1/repos/demo')
    expect(apiBaseFor({ host: 'codecommit', region: 'cn-northwest-1' }, 'AWS CodeCommit')).toBe('https://codecommit.cn-northwest-1.amazonaws.com.cn')
    expect(codecommitGitUrl({ host: 'codecommit', region: 'eu-west-1', repository: 'demo' })).toBe('https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/demo')
  })
})

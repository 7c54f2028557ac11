import { describe, expect, it } from 'vitest'
import { runCredentialHelper, type HelperDeps } from '../../../electron/credential-helper/helper'
import { formatCredentialAnswer, parseCredentialInput } from '../../../electron/credential-helper/protocol'
import { codecommitPassword } from '../../../electron/credential-helper/sigv4'
import type { GitRejection } from '../../../electron/git/rejections'
import type { TokenRecord } from '../../../shared/domain/token'
import { tokenRecord } from '../../rigs/git/helper-fixture'

const NOW = new Date('2026-11-21T10:00:00Z')

const helperDeps = (tokens: TokenRecord[], secrets: Record<string, string>) => {
  const rejections: GitRejection[] = []
  const deps: HelperDeps = {
    loadTokens: async () => tokens,
    readSecret: async (id) => secrets[id] ?? null,
    recordRejection: (r) => void rejections.push(r),
    now: () => NOW,
  }
  return { deps, rejections }
}

const gh = tokenRecord({ id: 'gh', label: 'personal', host: 'github', url: 'https://github.com', username: 'me', expiresAt: '2027-02-01T00:00:00Z', gitBindings: [{ id: 'b1', scope: 'global', configuredAt: '' }] })
const work = tokenRecord({ id: 'work', label: 'work', host: 'github', url: 'https://github.com', username: 'me-at-work', gitBindings: [{ id: 'b2', scope: 'global', pathPrefix: 'work-org', configuredAt: '' }] })
const cc = tokenRecord({ id: 'cc', label: 'aws', host: 'codecommit', url: 'https://git-codecommit.eu-west-1.amazonaws.com', region: 'eu-west-1', username: 'AKIAIOSFODNN7EXAMPLE', tokenType: 'access-key' })
const secrets = { gh: 'ghp_personal', work: 'ghp_work', cc: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }

describe('credential protocol', () => {
  it('ignores unknown and malformed lines, stops at the blank line and expands url=', () => {
    const req = parseCredentialInput('protocol=https\nhost=github.com\nfuture_key=1\nnonsense\ncapability[]=authtype\n\nhost=evil.example\n')
    expect(req).toEqual({ protocol: 'https', host: 'github.com', wwwauth: [], capability: ['authtype'] })
    expect(parseCredentialInput('url=https://me@git.example.com:8443/team%20a/repo.git\n')).toMatchObject({ protocol: 'https', host: 'git.example.com:8443', path: 'team a/repo.git', username: 'me' })
  })

  it('refuses to print a value with a newline', () => {
    expect(() => formatCredentialAnswer({ username: 'a', password: 'x\nhost=evil' })).toThrow()
  })
})

describe('git-credential-patkeeper get', () => {
  it('answers with username, password and password_expiry_utc', async () => {
    const { deps } = helperDeps([gh, work], secrets)
    const out = await runCredentialHelper('get', 'protocol=https\nhost=github.com\npath=me/tool.git\n', deps)
    expect(out).toEqual({ stdout: `username=me\npassword=ghp_personal\npassword_expiry_utc=${Date.parse('2027-02-01T00:00:00Z') / 1000}\n`, stderr: '', code: 0 })
  })

  it('gives the deepest path binding; without a path only the host binding fits', async () => {
    const { deps } = helperDeps([gh, work], secrets)
    expect((await runCredentialHelper('get', 'protocol=https\nhost=github.com\npath=work-org/app.git\n', deps)).stdout).toContain('password=ghp_work\n')
    expect((await runCredentialHelper('get', 'protocol=https\nhost=github.com\npath=work-orgx/app.git\n', deps)).stdout).toContain('password=ghp_personal\n')
    expect((await runCredentialHelper('get', 'protocol=https\nhost=github.com\n', deps)).stdout).toContain('password=ghp_personal\n')
  })

  it('honours a username git sends, and is silent for other hosts, ports or protocols', async () => {
    const { deps } = helperDeps([gh, work], secrets)
    expect((await runCredentialHelper('get', 'protocol=https\nhost=github.com\nusername=me-at-work\npath=work-org/a\n', deps)).stdout).toContain('ghp_work')
    const other = await runCredentialHelper('get', 'protocol=https\nhost=github.com\nusername=someone\n', deps)
    expect(other).toEqual({ stdout: '', code: 0, stderr: 'patkeeper: no token for user "someone" at https://github.com; PAT Keeper has "me" there. Remove the user name from the URL, or add that account\'s token.\n' })
    for (const input of ['protocol=https\nhost=gitlab.com\n', 'protocol=https\nhost=github.com:8443\n', 'protocol=http\nhost=github.com\n']) {
      expect(await runCredentialHelper('get', input, deps)).toEqual({ stdout: '', stderr: '', code: 0 })
    }
  })

  it('refuses expired and revoked tokens with one line on stderr', async () => {
    const expired = { ...gh, expiresAt: '2026-11-01T00:00:00Z' }
    const { deps } = helperDeps([expired], secrets)
    const out = await runCredentialHelper('get', 'protocol=https\nhost=github.com\n', deps)
    expect(out.stdout).toBe('')
    expect(out.stderr).toBe('patkeeper: token "personal" expired on 2026-11-01; renew it in PAT Keeper (patkeeper rotate "personal").\n')
    const revoked = { ...gh, lastCheck: { status: 'revoked' as const, checkedAt: '2026-11-20T08:00:00Z', message: '' } }
    const again = await runCredentialHelper('get', 'protocol=https\nhost=github.com\n', helperDeps([revoked], secrets).deps)
    expect(again.stderr).toContain('was reported revoked by the host on 2026-11-20')
  })

  it('lets a fresh token win over an expired one bound to the same place', async () => {
    const old = { ...gh, id: 'old', label: 'old', expiresAt: '2026-01-01T00:00:00Z' }
    const { deps } = helperDeps([old, gh], { ...secrets, old: 'ghp_old' })
    expect((await runCredentialHelper('get', 'protocol=https\nhost=github.com\n', deps)).stdout).toContain('password=ghp_personal')
  })

  it('signs a fresh CodeCommit password for an access key, and needs the path', async () => {
    const { deps } = helperDeps([cc], secrets)
    const out = await runCredentialHelper('get', 'protocol=https\nhost=git-codecommit.eu-west-1.amazonaws.com\npath=v1/repos/app\n', deps)
    const expected = codecommitPassword({ secretAccessKey: secrets.cc, region: 'eu-west-1', host: 'git-codecommit.eu-west-1.amazonaws.com', path: 'v1/repos/app', now: NOW })
    expect(out.stdout).toBe(`username=AKIAIOSFODNN7EXAMPLE\npassword=${expected}\n`)
    const noPath = await runCredentialHelper('get', 'protocol=https\nhost=git-codecommit.eu-west-1.amazonaws.com\n', deps)
    expect(noPath.stdout).toBe('')
    expect(noPath.stderr).toContain('credential.useHttpPath')
  })

  it('says when the keychain has no secret instead of answering', async () => {
    const out = await runCredentialHelper('get', 'protocol=https\nhost=github.com\n', helperDeps([gh], {}).deps)
    expect(out).toMatchObject({ stdout: '', code: 1 })
    expect(out.stderr).toContain('the keychain has no secret for token "personal"')
  })
})

describe('git-credential-patkeeper store and erase', () => {
  it('store changes nothing', async () => {
    const { deps, rejections } = helperDeps([gh], secrets)
    expect(await runCredentialHelper('store', 'protocol=https\nhost=github.com\nusername=me\npassword=other\n', deps)).toEqual({ stdout: '', stderr: '', code: 0 })
    expect(rejections).toEqual([])
  })

  it('erase records a refusal of our token and keeps it; ignores credentials that were not ours', async () => {
    const { deps, rejections } = helperDeps([gh], secrets)
    const foreign = await runCredentialHelper('erase', 'protocol=https\nhost=github.com\nusername=me\npassword=not-ours\n', deps)
    expect(foreign).toEqual({ stdout: '', stderr: '', code: 0 })
    const ours = await runCredentialHelper('erase', 'protocol=https\nhost=github.com\npath=me/x.git\nusername=me\npassword=ghp_personal\n', deps)
    expect(ours.stderr).toContain('refused token "personal"; it stays in the keychain')
    expect(ours.stderr).not.toContain('ghp_personal')
    expect(rejections).toEqual([{ tokenId: 'gh', at: NOW.toISOString(), url: 'https://github.com/me/x.git' }])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apiBaseFor, codecommitGitUrl } from '../../../electron/validation/api-base'
import { patchFor } from '../../../electron/validation/checker'
import { retryAfterMs } from '../../../electron/validation/http-client'
import { hostText, missingScopesMessage } from '../../../electron/validation/messages'
import { missingScopes } from '../../../electron/validation/purpose-check'
import { isAppPassword } from '../../../electron/validation/validators/bitbucket-cloud'
import { isGitCredentialUser } from '../../../electron/validation/validators/codecommit'
import { parseGithubExpiry } from '../../../electron/validation/validators/github'
import { gitlabExpiry } from '../../../electron/validation/validators/gitlab'
import { requiredScopes } from '../../../shared/hosts/catalog'
import type { TokenRecord } from '../../../shared/domain/token'

describe('host answers parsed the way the hosts write them', () => {
  it('GitHub expiry header "2026-12-01 10:00:00 UTC" and variants', () => {
    expect(parseGithubExpiry('2026-12-01 10:00:00 UTC')).toBe('2026-12-01T10:00:00.000Z')
    expect(parseGithubExpiry('2026-12-01 10:00:00 +0100')).toBe('2026-12-01T09:00:00.000Z')
    expect(parseGithubExpiry('soon')).toBeUndefined()
    expect(parseGithubExpiry(undefined)).toBeUndefined()
  })

  it('GitLab expiry date means the start of that day, UTC', () => {
    expect(gitlabExpiry('2027-02-01')).toBe('2027-02-01T00:00:00.000Z')
    expect(gitlabExpiry(null)).toBeNull()
    expect(gitlabExpiry(42)).toBeUndefined()
  })

  it('Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2026-11-21T10:00:00Z')
    expect(retryAfterMs('7', now)).toBe(7000)
    expect(retryAfterMs('Sat, 21 Nov 2026 10:00:30 GMT', now)).toBe(30_000)
    expect(retryAfterMs('Sat, 21 Nov 2026 09:00:00 GMT', now)).toBe(0)
    expect(retryAfterMs('later', now)).toBeUndefined()
    expect(retryAfterMs(null, now)).toBeUndefined()
  })

  it('recognises app passwords and CodeCommit HTTPS Git credential users', () => {
    expect(isAppPassword('ATBB' + 'a1'.repeat(16))).toBe(true)
    expect(isAppPassword('ATATT3xFfGF0abc')).toBe(false)
    expect(isGitCredentialUser('dev-at-123456789012')).toBe(true)
    expect(isGitCredentialUser('AKIAIOSFODNN7EXAMPLE')).toBe(false)
  })

  it('host text is cut short and stripped of control characters', () => {
    expect(hostText('bad\u0000\nthing')).toBe('bad  thing')
    expect(hostText('x'.repeat(500))!.length).toBe(160)
    expect(hostText(3)).toBeUndefined()
  })
})

describe('purpose check', () => {
  it('names exactly what is missing, with broader scopes counting for narrower ones', () => {
    expect(missingScopes('gitlab', 'write', ['read_repository'], requiredScopes)).toEqual(['write_repository'])
    expect(missingScopes('gitlab', 'write', ['api'], requiredScopes)).toEqual([])
    expect(missingScopes('github', 'write-workflows', ['repo'], requiredScopes, 'classic')).toEqual(['workflow'])
    expect(missingScopes('github', 'write', undefined, requiredScopes, 'fine-grained')).toEqual([]) // host does not say
    expect(missingScopes('gitlab', undefined, [], requiredScopes)).toEqual([])
    // Advice follows each host's edit rule: GitLab and Atlassian cannot change a token's scopes; GitHub, Azure
    // DevOps and Bitbucket Data Center can; CodeCommit permissions live in IAM.
    expect(missingScopesMessage('gitlab', ['write_repository'])).toMatch(/lacks what its purpose needs: `write_repository`\. GitLab cannot change the scopes of an existing token, so create a new one/)
    expect(missingScopesMessage('bitbucket-cloud', ['read:user:bitbucket'])).toMatch(/Atlassian cannot change the scopes/)
    expect(missingScopesMessage('github', ['repo', 'workflow'])).toMatch(/`repo` and `workflow`\. Edit the token on GitHub/)
    expect(missingScopesMessage('azure-devops', ['vso.code_write'])).toMatch(/Edit the token on Azure DevOps/)
    expect(missingScopesMessage('bitbucket-data-center', ['REPO_WRITE'])).toMatch(/Edit the token\u2019s permissions on Bitbucket/)
    expect(missingScopesMessage('codecommit', ['codecommit:GetRepository'])).toMatch(/IAM user\u2019s policy.*stay the same/)
  })

  it('never reports a scope the token has as missing (property)', () => {
    fc.assert(
      fc.property(fc.subarray(['read_repository', 'write_repository', 'api', 'read_user', 'read_api']), (have) => {
        const missing = missingScopes('gitlab', 'write', have, requiredScopes)
        expect(missing.some((s) => have.includes(s))).toBe(false)
      }),
    )
  })
})

describe('where checks go', () => {
  it('uses each host kind\'s own API root; overrides replace only the root', () => {
    expect(apiBaseFor({ host: 'github' }, 'GitHub')).toBe('https://api.github.com')
    expect(apiBaseFor({ host: 'github-enterprise', url: 'https://ghe.example.com/' }, 'GHE')).toBe('https://ghe.example.com/api/v3')
    expect(apiBaseFor({ host: 'gitlab' }, 'GitLab')).toBe('https://gitlab.com/api/v4')
    expect(apiBaseFor({ host: 'bitbucket-cloud' }, 'BB')).toBe('https://api.bitbucket.org/2.0')
    expect(apiBaseFor({ host: 'azure-devops', org: 'my org' }, 'ADO')).toBe('https://dev.azure.com/my%20org')
    expect(apiBaseFor({ host: 'azure-devops-server', url: 'https://tfs.example.com/tfs', collection: 'DefaultCollection' }, 'ADOS')).toBe('https://tfs.example.com/tfs/DefaultCollection')
    expect(apiBaseFor({ host: 'codecommit', region: 'eu-west-1' }, 'CC')).toBe('https://codecommit.eu-west-1.amazonaws.com')
    expect(apiBaseFor({ host: 'gitlab' }, 'GitLab', { gitlab: 'http://127.0.0.1:9/' })).toBe('http://127.0.0.1:9/api/v4')
    expect(codecommitGitUrl({ host: 'codecommit', region: 'us-east-1', repository: 'demo' })).toBe('https://git-codecommit.us-east-1.amazonaws.com/v1/repos/demo')
  })

  it('custom hosts must be https, except loopback; no credentials in the URL', () => {
    expect(apiBaseFor({ host: 'gitlab-self-managed', url: 'http://127.0.0.1:8080' }, 'X')).toBe('http://127.0.0.1:8080/api/v4')
    expect(() => apiBaseFor({ host: 'gitlab-self-managed', url: 'http://git.example.com' }, 'X')).toThrow(/https:\/\//)
    expect(() => apiBaseFor({ host: 'gitlab-self-managed', url: 'https://user:pw@git.example.com' }, 'X')).toThrow(/user name and password/)
    expect(() => apiBaseFor({ host: 'azure-devops' }, 'ADO')).toThrow(/organization/)
    // Only a region name reaches the AWS host name.
    expect(() => apiBaseFor({ host: 'codecommit', region: 'evil.example/x#' }, 'CC')).toThrow(/not an AWS region name/)
    expect(() => codecommitGitUrl({ host: 'codecommit', region: 'us-east-1.evil.example', repository: 'r' })).toThrow(/not an AWS region name/)
  })
})

describe('what a check stores', () => {
  const record = { id: 'x', host: 'github', username: undefined, email: undefined } as unknown as TokenRecord
  it('stores host facts only when the host accepted the token', () => {
    const ok = patchFor(record, { status: 'valid', checkedAt: 't', message: 'm', identity: { login: 'octo', email: 'o@x' }, scopes: ['repo'], expiresAt: '2027-01-01T00:00:00.000Z', tokenType: 'classic' })
    expect(ok).toMatchObject({ username: 'octo', email: 'o@x', scopes: ['repo'], expiresAt: '2027-01-01T00:00:00.000Z', expirySource: 'host', tokenType: 'classic' })
    const down = patchFor(record, { status: 'unreachable', checkedAt: 't', message: 'm' })
    expect(Object.keys(down)).toEqual(['lastCheck'])
  })
})

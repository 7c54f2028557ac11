import { describe, expect, it } from 'vitest'
import { HOST_KINDS } from '../../../shared/domain/hosts'
import { gitTargetFor } from '../../../electron/git/git-target'
import { catalogLinkHosts, hostSpec, normalizeHostLocation } from '../../../shared/hosts/catalog'

const ok = (r: ReturnType<typeof normalizeHostLocation>) => {
  if (!r.ok) throw new Error(r.message)
  return r.value
}
const message = (r: ReturnType<typeof normalizeHostLocation>) => (r.ok ? '' : r.message)

describe('normalizeHostLocation', () => {
  it('cloud kinds get their fixed URL', () => {
    expect(ok(normalizeHostLocation('github', {}))).toEqual({ kind: 'github', url: 'https://github.com' })
    expect(ok(normalizeHostLocation('gitlab', { url: 'gitlab.com' })).url).toBe('https://gitlab.com')
    expect(ok(normalizeHostLocation('bitbucket-cloud', {})).url).toBe('https://bitbucket.org')
    expect(message(normalizeHostLocation('github', { url: 'https://github.acme.example' }))).toContain('GitHub.com always lives at https://github.com')
  })
  it('custom hosts: https, host name completed, trailing slash dropped, port and path kept', () => {
    expect(ok(normalizeHostLocation('github-enterprise', { url: 'GitHub.Acme.example/' })).url).toBe('https://github.acme.example')
    expect(ok(normalizeHostLocation('gitlab-self-managed', { url: 'https://acme.example:8443/gitlab/' })).url).toBe('https://acme.example:8443/gitlab')
  })
  it('refuses http except loopback, credentials, queries and bare names', () => {
    expect(message(normalizeHostLocation('gitlab-self-managed', { url: 'http://git.acme.example' }))).toContain('https://')
    expect(ok(normalizeHostLocation('gitlab-self-managed', { url: 'http://127.0.0.1:9000' })).url).toBe('http://127.0.0.1:9000')
    expect(ok(normalizeHostLocation('bitbucket-data-center', { url: 'http://localhost:7990' })).url).toBe('http://localhost:7990')
    expect(ok(normalizeHostLocation('github-enterprise', { url: 'http://[::1]:8080' })).url).toBe('http://[::1]:8080')
    expect(message(normalizeHostLocation('github-enterprise', { url: 'https://me:pw@github.acme.example' }))).toContain('user name and password')
    expect(message(normalizeHostLocation('github-enterprise', { url: 'https://github.acme.example/?x=1' }))).toContain('"?"')
    expect(message(normalizeHostLocation('github-enterprise', { url: 'intranet' }))).toContain('full host name')
    expect(message(normalizeHostLocation('github-enterprise', { url: 'ftp://github.acme.example' }))).toContain('https://')
    expect(message(normalizeHostLocation('github-enterprise', {}))).toContain('https://github.example.com')
  })
  it('Azure DevOps organization: name, dev.azure.com URL or visualstudio.com URL', () => {
    expect(ok(normalizeHostLocation('azure-devops', { org: 'contoso' }))).toEqual({ kind: 'azure-devops', url: 'https://dev.azure.com', org: 'contoso' })
    expect(ok(normalizeHostLocation('azure-devops', { url: 'https://dev.azure.com/fabrikam/project/_git/repo' })).org).toBe('fabrikam')
    expect(ok(normalizeHostLocation('azure-devops', { url: 'https://tailspin.visualstudio.com' })).org).toBe('tailspin')
    expect(ok(normalizeHostLocation('azure-devops', { url: 'https://tailspin.visualstudio.com/Project/_git/repo' })).org).toBe('tailspin')
    expect(ok(normalizeHostLocation('azure-devops', { org: 'tailspin.visualstudio.com' })).org).toBe('tailspin')
    expect(ok(normalizeHostLocation('azure-devops', { org: 'https://dev.azure.com/fabrikam/_git/x' })).org).toBe('fabrikam')
    expect(message(normalizeHostLocation('azure-devops', { org: 'bad org!' }))).toContain('letters, digits and hyphens')
    expect(message(normalizeHostLocation('azure-devops', {}))).toContain('organization')
  })
  it('Azure DevOps Server: collection given or split off a pasted collection URL', () => {
    expect(ok(normalizeHostLocation('azure-devops-server', { url: 'https://tfs.acme.example/tfs', collection: 'DefaultCollection' }))).toEqual({ kind: 'azure-devops-server', url: 'https://tfs.acme.example/tfs', collection: 'DefaultCollection' })
    expect(ok(normalizeHostLocation('azure-devops-server', { url: 'https://tfs.acme.example/tfs/Main%20Projects' }))).toMatchObject({ url: 'https://tfs.acme.example/tfs', collection: 'Main Projects' })
    expect(message(normalizeHostLocation('azure-devops-server', { url: 'https://tfs.acme.example/tfs' }))).toContain('collection')
    expect(message(normalizeHostLocation('azure-devops-server', { url: 'https://tfs.acme.example', collection: '../x' }))).toContain('not a collection name')
  })
  it('CodeCommit region', () => {
    expect(ok(normalizeHostLocation('codecommit', { region: ' EU-West-1 ' }))).toEqual({ kind: 'codecommit', url: 'https://git-codecommit.eu-west-1.amazonaws.com', region: 'eu-west-1' })
    expect(ok(normalizeHostLocation('codecommit', { region: 'us-gov-west-1' })).region).toBe('us-gov-west-1')
    expect(ok(normalizeHostLocation('codecommit', { url: 'https://git-codecommit.ap-south-1.amazonaws.com/v1/repos/x' })).region).toBe('ap-south-1')
    expect(message(normalizeHostLocation('codecommit', { region: 'europe' }))).toContain('us-east-1')
    expect(message(normalizeHostLocation('codecommit', {}))).toContain('region')
  })
})

describe('catalog facts', () => {
  it('git hosts', () => {
    expect(hostSpec('codecommit').gitHost(ok(normalizeHostLocation('codecommit', { region: 'us-east-1' })))).toBe('git-codecommit.us-east-1.amazonaws.com')
    // China regions: the same rule for the wizard, the checker and the credential helper's git target.
    expect(ok(normalizeHostLocation('codecommit', { region: 'cn-northwest-1' })).url).toBe('https://git-codecommit.cn-northwest-1.amazonaws.com.cn')
    expect(gitTargetFor({ host: 'codecommit', url: '', region: 'cn-north-1' })?.host).toBe('git-codecommit.cn-north-1.amazonaws.com.cn')
    expect(hostSpec('bitbucket-data-center').gitHost(ok(normalizeHostLocation('bitbucket-data-center', { url: 'https://bb.acme.example:7990/' })))).toBe('bb.acme.example:7990')
    expect(hostSpec('github-enterprise').apiBase(ok(normalizeHostLocation('github-enterprise', { url: 'https://ghe.acme.example' })))).toBe('https://ghe.acme.example/api/v3')
  })
  it('git usernames', () => {
    expect(hostSpec('bitbucket-cloud').gitUsername({})).toBe('x-bitbucket-api-token-auth')
    expect(hostSpec('bitbucket-cloud').gitUsername({ username: 'alice', email: 'a@x.example' })).toBe('alice')
    expect(hostSpec('bitbucket-cloud').gitUsername({ username: 'a@x.example' })).toBe('x-bitbucket-api-token-auth')
    expect(hostSpec('bitbucket-cloud').gitUsername({ username: 'alice', tokenType: 'access-token' })).toBe('x-token-auth')
    expect(hostSpec('codecommit').gitUsername({ username: 'dev-at-123456789012' })).toBe('dev-at-123456789012')
    expect(hostSpec('codecommit').gitUsername({})).toBeUndefined()
    expect(hostSpec('bitbucket-data-center').gitUsername({})).toBeUndefined()
    expect(hostSpec('github').gitUsername({ username: 'octocat' })).toBe('octocat')
  })
  it('lifetimes and deprecations', () => {
    expect(hostSpec('gitlab').lifetime).toMatchObject({ maxDays: 365, expiryRequired: true, hostReportsExpiry: true })
    expect(hostSpec('bitbucket-cloud').lifetime).toMatchObject({ maxDays: 365, expiryRequired: true, hostReportsExpiry: false })
    expect(hostSpec('bitbucket-cloud').deprecations.map((d) => d.date)).toContain('2026-07-28')
    expect(hostSpec('azure-devops').deprecations.map((d) => d.date)).toContain('2026-12-01')
    for (const kind of HOST_KINDS) for (const d of hostSpec(kind).deprecations) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
  it('the link allowlist comes from the catalog and covers every fixed token page and docs page', () => {
    const hosts = catalogLinkHosts()
    expect(hosts).toEqual(expect.arrayContaining(['github.com', 'gitlab.com', 'id.atlassian.com', 'dev.azure.com', 'console.aws.amazon.com']))
    for (const kind of HOST_KINDS) expect(hosts).toContain(new URL(hostSpec(kind).docsUrl).hostname)
    expect(hosts.some((h) => h.includes('example'))).toBe(false)
  })
})

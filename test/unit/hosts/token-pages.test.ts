import { describe, expect, it } from 'vitest'
import { HOST_KINDS, PURPOSES, type HostKind } from '../../../shared/domain/hosts'
import { HOST_CATALOG, normalizeHostLocation, requiredScopes, tokenPageUrl } from '../../../shared/hosts/catalog'

/** What a user would type for each kind. */
const INPUT: Record<HostKind, { url?: string; org?: string; collection?: string; region?: string }> = {
  github: {},
  'github-enterprise': { url: 'https://github.acme.example' },
  gitlab: {},
  'gitlab-self-managed': { url: 'https://git.acme.example/gitlab' },
  'bitbucket-cloud': {},
  'bitbucket-data-center': { url: 'https://bitbucket.acme.example:8443' },
  'azure-devops': { org: 'contoso' },
  'azure-devops-server': { url: 'https://tfs.acme.example/tfs', collection: 'DefaultCollection' },
  codecommit: { region: 'eu-west-1' },
}

/** The host each kind's token page must be on (the user's own host for custom kinds). */
const PAGE_HOST: Record<HostKind, string> = {
  github: 'github.com',
  'github-enterprise': 'github.acme.example',
  gitlab: 'gitlab.com',
  'gitlab-self-managed': 'git.acme.example',
  'bitbucket-cloud': 'id.atlassian.com',
  'bitbucket-data-center': 'bitbucket.acme.example:8443',
  'azure-devops': 'dev.azure.com',
  'azure-devops-server': 'tfs.acme.example',
  codecommit: 'console.aws.amazon.com',
}

/** Exactly the pre-fill parameters hosts.md documents, per kind and variant. */
const PREFILL: Record<string, string[]> = {
  'github/fine-grained': ['name', 'description', 'expires_in', 'contents', 'workflows', 'pull_requests'],
  'github/classic': ['scopes', 'description'],
  'github-enterprise/classic': ['scopes', 'description'],
  'gitlab/personal': ['name', 'scopes', 'description'],
  'gitlab-self-managed/personal': ['name', 'scopes', 'description'],
}

const location = (kind: HostKind) => {
  const result = normalizeHostLocation(kind, INPUT[kind])
  if (!result.ok) throw new Error(result.message)
  return result.value
}

describe('token page URLs for every kind, variant and purpose', () => {
  for (const kind of HOST_KINDS) {
    for (const variant of HOST_CATALOG[kind].variants) {
      for (const purpose of PURPOSES) {
        it(`${kind} / ${variant.id} / ${purpose}`, () => {
          const raw = tokenPageUrl({ kind, location: location(kind), purpose, tokenName: 'PAT Keeper laptop', description: 'for git', tokenType: variant.id, expiresInDays: 90 })
          const url = new URL(raw)
          expect(url.protocol).toBe('https:')
          expect(url.host).toBe(PAGE_HOST[kind])
          expect(url.username + url.password).toBe('')
          const allowed = PREFILL[`${kind}/${variant.id}`] ?? []
          for (const key of url.searchParams.keys()) expect(allowed).toContain(key)
          if (allowed.length === 0) expect(url.search).toBe('')
        })
      }
    }
  }
})

describe('pre-filled values', () => {
  it('GitHub classic carries the scopes and the note', () => {
    const url = tokenPageUrl({ kind: 'github', location: location('github'), purpose: 'write-workflows', tokenName: 'CI laptop', tokenType: 'classic' })
    expect(url).toBe('https://github.com/settings/tokens/new?scopes=repo,workflow&description=CI%20laptop')
  })
  it('GitHub fine-grained carries name, expiry and one parameter per permission', () => {
    const url = new URL(tokenPageUrl({ kind: 'github', location: location('github'), purpose: 'write-workflows', tokenName: 'x'.repeat(60), expiresInDays: 90 }))
    expect(url.pathname).toBe('/settings/personal-access-tokens/new')
    expect(url.searchParams.get('name')).toHaveLength(40)
    expect(url.searchParams.get('expires_in')).toBe('90')
    expect(url.searchParams.get('contents')).toBe('write')
    expect(url.searchParams.get('workflows')).toBe('write')
  })
  it('GitHub fine-grained read asks for contents=read only', () => {
    const url = new URL(tokenPageUrl({ kind: 'github', location: location('github'), purpose: 'read', tokenName: 'r' }))
    expect([...url.searchParams.entries()]).toEqual([['name', 'r'], ['contents', 'read']])
  })
  it('GitHub Enterprise uses the user host, classic pre-fill and a plain fine-grained page', () => {
    expect(tokenPageUrl({ kind: 'github-enterprise', location: location('github-enterprise'), purpose: 'read', tokenName: 'n' })).toBe('https://github.acme.example/settings/tokens/new?scopes=repo&description=n')
    expect(tokenPageUrl({ kind: 'github-enterprise', location: location('github-enterprise'), purpose: 'read', tokenName: 'n', tokenType: 'fine-grained' })).toBe('https://github.acme.example/settings/personal-access-tokens/new')
  })
  it('GitLab keeps a relative URL root and pre-fills name, scopes and description', () => {
    const url = tokenPageUrl({ kind: 'gitlab-self-managed', location: location('gitlab-self-managed'), purpose: 'write', tokenName: 'My laptop', description: 'git' })
    expect(url).toBe('https://git.acme.example/gitlab/-/user_settings/personal_access_tokens?name=My%20laptop&scopes=write_repository&description=git')
  })
  it('Azure DevOps pages sit under the organization or collection', () => {
    expect(tokenPageUrl({ kind: 'azure-devops', location: location('azure-devops'), purpose: 'read', tokenName: 'n' })).toBe('https://dev.azure.com/contoso/_usersSettings/tokens')
    expect(tokenPageUrl({ kind: 'azure-devops-server', location: location('azure-devops-server'), purpose: 'read', tokenName: 'n' })).toBe('https://tfs.acme.example/tfs/DefaultCollection/_usersSettings/tokens')
  })
})

/** Least scopes per purpose from reference/hosts.md (write-workflows = write where the host does not distinguish). */
const SCOPES: Record<string, Record<string, string[]>> = {
  'github/fine-grained': { read: ['contents:read'], write: ['contents:write'], 'write-workflows': ['contents:write', 'workflows:write'], integration: ['contents:write', 'pull_requests:write'] },
  'github/classic': { read: ['repo'], write: ['repo'], 'write-workflows': ['repo', 'workflow'], integration: ['repo', 'read:user'] },
  'gitlab/personal': { read: ['read_repository'], write: ['write_repository'], 'write-workflows': ['write_repository'], integration: ['api'] },
  'bitbucket-cloud/api-token': {
    read: ['read:repository:bitbucket'],
    write: ['read:repository:bitbucket', 'write:repository:bitbucket'],
    'write-workflows': ['read:repository:bitbucket', 'write:repository:bitbucket'],
    integration: ['read:user:bitbucket', 'read:repository:bitbucket', 'write:repository:bitbucket', 'read:pullrequest:bitbucket', 'write:pullrequest:bitbucket'],
  },
  'bitbucket-data-center/http-access-token': { read: ['PROJECT_READ', 'REPO_READ'], write: ['PROJECT_READ', 'REPO_WRITE'], 'write-workflows': ['PROJECT_READ', 'REPO_WRITE'], integration: ['PROJECT_READ', 'REPO_WRITE'] },
  'azure-devops/pat': { read: ['vso.code'], write: ['vso.code_write'], 'write-workflows': ['vso.code_write'], integration: ['vso.code_write', 'vso.profile'] },
  'codecommit/git-credentials': { read: ['codecommit:GitPull'], write: ['codecommit:GitPull', 'codecommit:GitPush'], 'write-workflows': ['codecommit:GitPull', 'codecommit:GitPush'], integration: ['codecommit:GitPull', 'codecommit:GitPush'] },
}

describe('least scopes per purpose match hosts.md', () => {
  for (const [key, table] of Object.entries(SCOPES)) {
    const [kind, variant] = key.split('/') as [HostKind, string]
    for (const [purpose, scopes] of Object.entries(table)) {
      it(`${key} ${purpose}`, () => expect(requiredScopes(kind, purpose as never, variant)).toEqual(scopes))
    }
  }
  it('Enterprise and self-managed kinds share their cloud sibling\u2019s scopes; Server shares Services', () => {
    for (const purpose of PURPOSES) {
      expect(requiredScopes('github-enterprise', purpose, 'classic')).toEqual(requiredScopes('github', purpose, 'classic'))
      expect(requiredScopes('gitlab-self-managed', purpose)).toEqual(requiredScopes('gitlab', purpose))
      expect(requiredScopes('azure-devops-server', purpose)).toEqual(requiredScopes('azure-devops', purpose))
    }
  })
  it('recommended variants: fine-grained on github.com, classic on Enterprise Server, Git credentials on CodeCommit', () => {
    expect(requiredScopes('github', 'read')).toEqual(['contents:read'])
    expect(requiredScopes('github-enterprise', 'read')).toEqual(['repo'])
    expect(requiredScopes('codecommit', 'read')).toEqual(['codecommit:GitPull'])
  })
})

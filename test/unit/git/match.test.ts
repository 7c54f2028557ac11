import { describe, expect, it } from 'vitest'
import { credentialUrl, gitTargetFor } from '../../../electron/git/git-target'
import { matchToken } from '../../../electron/git/match'
import { tokenRecord } from '../../rigs/git/helper-fixture'

const NOW = new Date('2026-11-21T10:00:00Z')
const ids = (r: ReturnType<typeof matchToken>) => (r.kind === 'match' ? r.candidate.token.id : r.kind)

describe('token matching for git requests', () => {
  const sub = tokenRecord({ id: 'sub', label: 'gitlab under a path', host: 'gitlab-self-managed', url: 'https://Git.Example.com:8443/gitlab' })
  const ado = tokenRecord({ id: 'ado', label: 'ado', host: 'azure-devops', url: 'https://dev.azure.com', org: 'contoso' })
  const ado2 = tokenRecord({ id: 'ado2', label: 'ado2', host: 'azure-devops', url: 'https://dev.azure.com', org: 'fabrikam' })

  it('honours a host installed under a path, with its port and any host name case', () => {
    expect(ids(matchToken([sub], { protocol: 'https', host: 'git.example.com:8443', path: 'gitlab/group/repo.git' }, NOW))).toBe('sub')
    expect(ids(matchToken([sub], { protocol: 'https', host: 'GIT.example.com:8443', path: 'other/repo.git' }, NOW))).toBe('none')
    expect(ids(matchToken([sub], { protocol: 'https', host: 'git.example.com', path: 'gitlab/group/repo.git' }, NOW))).toBe('none')
    expect(credentialUrl(gitTargetFor(sub)!, 'my group')).toBe('https://git.example.com:8443/gitlab/my%20group')
  })

  it('tells two Azure DevOps organisations apart by path and ignores the org user name in clone URLs', () => {
    const q = { protocol: 'https', host: 'dev.azure.com', username: 'fabrikam' }
    expect(ids(matchToken([ado, ado2], { ...q, path: 'fabrikam/proj/_git/repo' }, NOW))).toBe('ado2')
    expect(ids(matchToken([ado, ado2], { ...q, path: 'contoso/proj/_git/repo' }, NOW))).toBe('ado')
    expect(matchToken([ado, ado2], { protocol: 'https', host: 'dev.azure.com' }, NOW).kind).toBe('tie')
  })

  it('prefers an explicit binding over a token only known by its host', () => {
    const loose = tokenRecord({ id: 'loose', label: 'loose', host: 'github', url: 'https://github.com' })
    const bound = tokenRecord({ id: 'bound', label: 'bound', host: 'github', url: 'https://github.com', gitBindings: [{ id: 'b', scope: 'global', configuredAt: '' }] })
    expect(ids(matchToken([loose, bound], { protocol: 'https', host: 'github.com' }, NOW))).toBe('bound')
    expect(matchToken([loose, { ...loose, id: 'loose2' }], { protocol: 'https', host: 'github.com' }, NOW).kind).toBe('tie')
  })
})

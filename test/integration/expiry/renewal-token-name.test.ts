import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GitlabToken } from '../../rigs/hosts'
import { githubPlay, gitlabPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from '../validation/setup'

const GL = 'glpat-' + 'NameTest' + 'a'.repeat(12)
const GH = 'ghp_' + 'NameTest' + 'b'.repeat(28)

// "Give it the same name": the name the host shows for the old token (GitLab `name` from
// /personal_access_tokens/self), else PAT Keeper's label with the reason. Real keychain, local stand-ins.
describe('renewal: the old token\'s name on the host', () => {
  let gl: FakeHost
  let gh: FakeHost
  const glTokens: Record<string, GitlabToken> = { [GL]: { username: 'jdoe', tokenName: 'Laptop clone 2026', scopes: ['read_repository'], expires_at: '2027-01-01' } }
  beforeAll(async () => {
    gl = await startFakeHost(gitlabPlay(glTokens))
    gh = await startFakeHost(githubPlay({ [GH]: { login: 'octocat', scopes: ['repo'] } }))
  })
  afterAll(async () => {
    await gl.close()
    await gh.close()
  })

  it('GitLab: shows and pre-fills the name GitLab reports, not our label', async () => {
    const { services, deps } = servicesFor({ gitlab: gl.url })
    const t = await services.vault.add({ host: 'gitlab', label: 'laptop', secret: GL, purpose: 'read' })
    const plan = await services.renewal.plan(t.id)
    expect(plan.tokenName).toBe('Laptop clone 2026')
    expect(plan.hostTokenName).toEqual({ reported: true, name: 'Laptop clone 2026', message: 'The old token\'s name on GitLab.com.' })
    expect(new URL(plan.tokenPageUrl!).searchParams.get('name')).toBe('Laptop clone 2026')
    const { url } = await services.renewal.openTokenPage(t.id)
    expect(new URL(url).searchParams.get('name')).toBe('Laptop clone 2026')
    expect(deps.logLines.join('\n')).not.toContain(GL)
    await services.vault.remove(t.id)
  })

  it('GitLab refusing the old token: says GitLab did not tell, and suggests our label', async () => {
    const { services } = servicesFor({ gitlab: gl.url })
    const t = await services.vault.add({ host: 'gitlab', label: 'gone', secret: 'glpat-' + 'Unknown0' + 'c'.repeat(12), purpose: 'read' })
    const plan = await services.renewal.plan(t.id)
    expect(plan.tokenName).toBe('gone')
    expect(plan.hostTokenName).toEqual({ reported: false, message: 'GitLab.com did not tell PAT Keeper the old token\'s name (it answered 401), so this is PAT Keeper\'s label for it.' })
    await services.vault.remove(t.id)
  })

  it('GitHub: says the host does not report token names, suggests our label, and asks GitHub nothing for it', async () => {
    const { services } = servicesFor({ github: gh.url })
    const t = await services.vault.add({ host: 'github', label: 'ci-deploy', secret: GH, purpose: 'write' })
    const before = gh.requests.length
    const plan = await services.renewal.plan(t.id)
    expect(plan.tokenName).toBe('ci-deploy')
    expect(plan.hostTokenName).toEqual({ reported: false, message: 'GitHub.com does not report a token\'s name to PAT Keeper, so this is PAT Keeper\'s label for it: use the name the old token has on GitHub.com if it differs.' })
    expect(gh.requests.length).toBe(before)
    await services.vault.remove(t.id)
  })
})

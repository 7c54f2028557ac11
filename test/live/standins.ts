import type { ApiOverrides } from '../../electron/validation/api-base'
import { azurePlay, bitbucketCloudPlay, bitbucketDcPlay, githubPlay, gitlabPlay, startFakeHost, type FakeHost } from '../rigs/hosts'
import type { LiveTarget } from './targets'

const GH = 'ghp_' + 'a'.repeat(36)
const GL = 'glpat-' + 'f'.repeat(20)
const BB = 'ATATT3xFfGF0' + 'k'.repeat(60)
const DC = 'BBDC-' + 'd'.repeat(44)
const ADO = 'AZDO' + 'a'.repeat(80)

/**
 * `PATKEEPER_LIVE_STANDINS=1 npm run test:live`: the same checks against the stand-ins, so
 * live-results/standin-shapes.json can be diffed with live-shapes.json from a run against the real hosts.
 */
export const startStandins = async (): Promise<{ targets: LiveTarget[]; overrides: ApiOverrides; hosts: FakeHost[] }> => {
  const gh = await startFakeHost(githubPlay({ [GH]: { login: 'octocat', scopes: ['repo'], expires: '2027-06-01 00:00:00 UTC' } }))
  const gl = await startFakeHost(gitlabPlay({ [GL]: { username: 'jdoe', scopes: ['read_user', 'write_repository'], expires_at: '2027-06-01' } }))
  const bb = await startFakeHost(bitbucketCloudPlay({ [BB]: { email: 'jane@example.com', username: 'janedoe', display_name: 'Jane', scopes: ['read:user:bitbucket', 'read:repository:bitbucket'] } }))
  const dc = await startFakeHost(bitbucketDcPlay({ [DC]: { slug: 'jdoe', displayName: 'Jane' } }))
  const ado = await startFakeHost(azurePlay(['contoso'], { [ADO]: { id: '3b1c9d2e-1111-4222-8333-944455556666', displayName: 'Jane', account: 'jane@contoso.com' } }))
  const targets: LiveTarget[] = [
    { kind: 'github', needs: [], draft: { host: 'github', secret: GH, repository: 'octocat/hello' } },
    { kind: 'gitlab', needs: [], draft: { host: 'gitlab', secret: GL } },
    { kind: 'bitbucket-cloud', needs: [], draft: { host: 'bitbucket-cloud', secret: BB, email: 'jane@example.com' } },
    { kind: 'bitbucket-data-center', needs: [], draft: { host: 'bitbucket-data-center', secret: DC, url: dc.url } },
    { kind: 'azure-devops', needs: [], draft: { host: 'azure-devops', secret: ADO, org: 'contoso' } },
  ]
  return { targets, overrides: { github: gh.url, gitlab: gl.url, 'bitbucket-cloud': bb.url, 'azure-devops': ado.url }, hosts: [gh, gl, bb, dc, ado] }
}

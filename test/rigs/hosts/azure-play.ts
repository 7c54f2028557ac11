import type { ConnectionData } from 'azure-devops-node-api/interfaces/LocationsInterfaces'
import { basic } from './auth-header'
import type { FakeReply, HostPlay } from './host-server'

/** An Azure DevOps PAT's user. */
export interface AzurePat {
  id: string
  displayName: string
  account: string
  /** Created for "All accessible organizations": refused since 2026-12-01 (devblogs.microsoft.com/devops/retirement-of-global-personal-access-tokens-in-azure-devops). */
  global?: boolean
}

const SIGNIN = '<!DOCTYPE html><html><head><title>Azure DevOps Services | Sign In</title></head><body>Sign in</body></html>'

/**
 * Azure DevOps Services (`/{org}/_apis/connectionData`) or Server (`/{collection}/_apis/connectionData`):
 * Basic auth with any user and the PAT as password. A bad PAT gets 401, or (`badPat: 'signin'`) a 203
 * with the HTML sign-in page, as some endpoints do.
 */
export const azurePlay = (orgs: string[], pats: Record<string, AzurePat>, options: { badPat?: '401' | 'signin' } = {}): HostPlay => (req): FakeReply => {
  const m = /^\/([^/]+)\/_apis\/connectionData(?:\?.*)?$/.exec(req.path)
  if (!m || !orgs.includes(decodeURIComponent(m[1]!))) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<html>The resource cannot be found.</html>' }
  const pair = basic(req.headers)
  const found = pair ? pats[pair.password] : undefined
  const pat = found?.global ? undefined : found
  if (!pat) {
    if (options.badPat === 'signin') return { status: 203, headers: { 'content-type': 'text/html; charset=utf-8' }, body: SIGNIN }
    // 401 with a Basic challenge (learn.microsoft.com azure/devops/integrate/get-started/authentication/
    // authentication-guidance; MicrosoftDocs/vsts-rest-api-specs#441: also for a PAT lacking the endpoint's scope).
    return { status: 401, headers: { 'www-authenticate': 'Basic realm="https://dev.azure.com/"', 'x-tfs-processid': 'a1' }, body: '' }
  }
  // ConnectionData (azure-devops-node-api interfaces/LocationsInterfaces.ts): authenticatedUser / authorizedUser
  // are Identity (interfaces/IdentitiesInterfaces.ts: id, descriptor, providerDisplayName, isActive, properties).
  return {
    status: 200,
    body: {
      // `descriptor` is left out: on the wire it is a "type;identifier" string, typed as an object by the client.
      authenticatedUser: { id: pat.id, subjectDescriptor: 'aad.x', providerDisplayName: pat.displayName, isActive: true, properties: { Account: { $type: 'System.String', $value: pat.account } } },
      authorizedUser: { id: pat.id, providerDisplayName: pat.displayName },
      instanceId: '00000000-aaaa-bbbb-cccc-000000000001',
      locationServiceData: { serviceOwner: '00025394-6065-48ca-87d9-7f5672854ef7' },
    } satisfies ConnectionData,
  }
}

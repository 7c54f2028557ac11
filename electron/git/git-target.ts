import { codecommitGitHost } from '../../shared/hosts/aws-domain'
import type { TokenRecord } from '../../shared/domain/token'

// Where git talks to for a token, kept tiny and dependency-free because the credential helper imports it
// on every git request (the host catalog carries guides and is too heavy to load there).

/** The origin and base path git uses for a token's host. */
export interface GitTarget {
  /** `https:` or `http:` (loopback only), without the colon: `https`. */
  protocol: string
  /** Host as git sends it: lower-case name plus `:port` when not the default. */
  host: string
  /** Path segments every repository of this token lives under (e.g. an Azure DevOps organisation). */
  basePath: string[]
}

/** Splits a path into its non-empty, decoded segments. */
export const pathSegments = (path: string | undefined): string[] =>
  (path ?? '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s)
      } catch {
        return s
      }
    })

/** Git's URL base for a token: its `url`, or the host's fixed git endpoint (CodeCommit region, Azure org). */
export const gitTargetFor = (token: Pick<TokenRecord, 'host' | 'url' | 'region' | 'org'>): GitTarget | undefined => {
  let base = token.url
  if (token.host === 'codecommit' && token.region && !base) base = `https://${codecommitGitHost(token.region)}`
  if (token.host === 'azure-devops' && token.org && /^https:\/\/dev\.azure\.com\/?$/.test(base ?? '')) base = `https://dev.azure.com/${token.org}`
  if (!base) return undefined
  try {
    const url = new URL(base)
    return { protocol: url.protocol.replace(/:$/, ''), host: url.host.toLowerCase(), basePath: pathSegments(url.pathname) }
  } catch {
    return undefined
  }
}

/** The URL used as the `credential.<url>` key in git config for a target and an optional path prefix. */
export const credentialUrl = (target: GitTarget, pathPrefix?: string): string => {
  const segments = [...target.basePath, ...pathSegments(pathPrefix)]
  const path = segments.map(encodeURIComponent).join('/')
  return `${target.protocol}://${target.host}${path ? `/${path}` : ''}`
}

/** Username git should send for a token: the stored one, the host's login, or a host convention. */
export const gitUsernameFor = (token: Pick<TokenRecord, 'host' | 'username' | 'lastCheck'>): string => {
  if (token.username) return token.username
  const login = token.lastCheck?.identity?.login
  if (login && token.host !== 'bitbucket-cloud') return login
  // Hosts that ignore the username for a PAT still need a non-empty one (reference/hosts.md).
  if (token.host === 'bitbucket-cloud') return 'x-bitbucket-api-token-auth'
  if (token.host === 'github' || token.host === 'github-enterprise') return 'x-access-token'
  if (token.host === 'gitlab' || token.host === 'gitlab-self-managed') return 'oauth2'
  return 'patkeeper'
}

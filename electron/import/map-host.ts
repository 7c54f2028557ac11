import type { HostKind } from '../../shared/domain/hosts'

/** What a credential URL says about its host; `host` is null when PAT Keeper cannot tell and must ask. */
export interface HostGuess {
  host: HostKind | null
  /** Base URL for the record. */
  url: string
  org?: string
  region?: string
  /** True when the kind is a guess from the hostname (self-managed kinds) and the user should confirm it. */
  guessed: boolean
}

/**
 * Maps a git credential URL to a host kind. Cloud hosts are recognised exactly; self-managed servers are
 * guessed from their hostname ("gitlab.example.com" -> gitlab-self-managed) or left for the user to pick.
 */
export const mapHost = (protocol: string, hostname: string, port: string, path: string): HostGuess => {
  const origin = `${protocol}://${hostname}${port ? `:${port}` : ''}`
  const name = hostname.toLowerCase()
  const firstSegment = path.split('/').filter(Boolean)[0]
  if (name === 'github.com') return { host: 'github', url: 'https://github.com', guessed: false }
  if (name === 'gitlab.com') return { host: 'gitlab', url: 'https://gitlab.com', guessed: false }
  if (name === 'bitbucket.org') return { host: 'bitbucket-cloud', url: 'https://bitbucket.org', guessed: false }
  if (name === 'dev.azure.com') return { host: 'azure-devops', url: 'https://dev.azure.com', ...(firstSegment ? { org: decodeURIComponent(firstSegment) } : {}), guessed: false }
  const vs = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(name)
  if (vs) return { host: 'azure-devops', url: 'https://dev.azure.com', org: vs[1]!, guessed: false }
  const cc = /^git-codecommit(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com$/.exec(name)
  if (cc) return { host: 'codecommit', url: origin, region: cc[1]!, guessed: false }
  const base = { url: `${origin}`, guessed: true }
  if (name.includes('gitlab')) return { host: 'gitlab-self-managed', ...base }
  if (name.includes('github')) return { host: 'github-enterprise', ...base }
  if (name.includes('bitbucket') || name.includes('stash')) return { host: 'bitbucket-data-center', ...base }
  if (name.includes('tfs') || name.includes('azure') || name.includes('devops')) return { host: 'azure-devops-server', ...base }
  return { host: null, ...base }
}

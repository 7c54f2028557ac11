import type { ValidationTarget } from '../types'
import { resolveHostLocation } from '../../vault/host-url'

/** At most this many repositories are asked about per check (each costs one request). */
export const MAX_NAMED_REPOS = 3

/** First path segments on github.com / GHES that are site pages, not repository owners. */
const NOT_OWNERS = new Set(['orgs', 'settings', 'users', 'enterprises', 'sponsors', 'marketplace', 'apps', 'features', 'topics', 'login', 'notifications', 'api'])

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/
const NAME = /^[A-Za-z0-9_.-]+$/

/** `owner/name` from the first two path segments, when they can be a GitHub repository; else undefined. */
const fromSegments = (segments: string[]): string | undefined => {
  const [owner, raw] = segments
  const name = raw?.replace(/\.git$/, '')
  if (!owner || !name || NOT_OWNERS.has(owner.toLowerCase())) return undefined
  return OWNER.test(owner) && NAME.test(name) && name !== '.' && name !== '..' ? `${owner}/${name}` : undefined
}

const segmentsOf = (path: string): string[] => path.split('/').filter(Boolean)

/** The token host's own base URL (origin plus any base path), or undefined when the record has none usable. */
const hostBase = (target: ValidationTarget): URL | undefined => {
  try {
    return new URL(resolveHostLocation(target.host, target).url)
  } catch {
    return undefined
  }
}

/** `owner/name` of a URL on the token's own host (same origin, below its base path); else undefined. */
const fromUrl = (text: string, base: URL): string | undefined => {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  if (url.host.toLowerCase() !== base.host.toLowerCase()) return undefined
  const baseSegments = segmentsOf(base.pathname)
  const segments = segmentsOf(url.pathname)
  if (baseSegments.some((s, i) => segments[i] !== s)) return undefined
  return fromSegments(segments.slice(baseSegments.length))
}

/**
 * The repositories a GitHub / GHES check also asks about, from what the user named: the record's
 * `repository` (`owner/name` or a URL on the token's host), git setups whose path prefix is `owner/name`
 * (an org-only prefix is skipped: GitHub documents the SSO answer on repository routes, not on `/orgs`),
 * and "used in" notes that contain a repository URL on the token's host. Deduplicated (GitHub names are
 * case-insensitive), in that order, at most MAX_NAMED_REPOS. `GET /user` cannot see org-level refusals
 * (SAML SSO, pending approval, lifetime policies), so these are where they show.
 */
export const namedGithubRepos = (target: ValidationTarget): string[] => {
  if (target.host !== 'github' && target.host !== 'github-enterprise') return []
  const base = hostBase(target)
  if (!base) return []
  const found: (string | undefined)[] = []
  const repository = target.repository?.trim()
  if (repository) found.push(/^[a-z]+:\/\//i.test(repository) ? fromUrl(repository, base) : fromSegments(segmentsOf(repository)))
  for (const binding of target.gitBindings ?? []) {
    const segments = segmentsOf(binding.pathPrefix ?? '')
    if (segments.length >= 2) found.push(fromSegments(segments))
  }
  for (const note of target.usedIn ?? []) {
    for (const text of note.text.match(/https?:\/\/[^\s<>"'`)]+/gi) ?? []) found.push(fromUrl(text.replace(/[.,;:]+$/, ''), base))
  }
  const seen = new Set<string>()
  const repos: string[] = []
  for (const repo of found) {
    if (!repo || seen.has(repo.toLowerCase())) continue
    seen.add(repo.toLowerCase())
    repos.push(repo)
  }
  return repos.slice(0, MAX_NAMED_REPOS)
}

/**
 * The host-limit note on an accepted GitHub check: where org-level refusals were looked for, or how to have
 * them looked for. A public repository answers even a token pending approval ("can only read public
 * resources", github/docs managing-your-personal-access-tokens.md), so it cannot show that and is named.
 */
export const namedReposNote = (hostName: string, repos: readonly string[], publicRepos: readonly string[] = []): string => {
  const limit = `${hostName} shows an organization's SAML single sign-on, pending approvals and token lifetime policies only on that organization's repositories`
  if (!repos.length) return `${limit}. Set the token up for git on "owner/repo", or add the repository's URL under "Used in", and checks look there too.`
  const open = publicRepos.length ? ` (public: ${publicRepos.join(', ')}; a token still waiting for approval can read public repositories, so they do not show that)` : ''
  return `Also checked on ${repos.join(', ')}${open}. ${limit}, so other organizations are not covered.`
}

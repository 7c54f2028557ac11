import type { RevokeStatus } from '../../shared/domain/health'
import type { TokenRecord } from '../../shared/domain/token'
import { retryAfterMs } from '../validation/http-client'
import { apiBaseFor, type ApiOverrides } from '../validation/api-base'
import { manualRevokePage } from './manual-page'

/** What the host said to a revoke request. */
export interface HostRevokeAnswer {
  status: RevokeStatus
  message: string
  manualUrl?: string
}

/** How revoke reaches the host (the app's fetch; test-only API roots). */
export interface RevokeIo {
  fetch: typeof fetch
  overrides?: ApiOverrides
  clock: () => Date
  timeoutMs?: number
}

type Target = Pick<TokenRecord, 'host' | 'url' | 'org' | 'collection' | 'region' | 'tokenType' | 'label'>

const byHand = (r: Target, why: string): HostRevokeAnswer => ({ status: 'manual', message: `${why} Revoke "${r.label}" by hand on the page below; PAT Keeper changed nothing.`, manualUrl: manualRevokePage(r) })

const waitText = (response: Response, now: Date): string => {
  const reset = Number(response.headers.get('x-ratelimit-reset'))
  const ms = retryAfterMs(response.headers.get('retry-after'), now) ?? (Number.isFinite(reset) && reset > 0 ? reset * 1000 - now.getTime() : undefined)
  return ms && ms > 0 ? ` Try again in ${Math.ceil(ms / 60_000)} minute(s).` : ' Try again later.'
}

const send = async (io: RevokeIo, url: string, init: RequestInit): Promise<Response | null> => {
  try {
    return await io.fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(io.timeoutMs ?? 20_000) })
  } catch {
    return null
  }
}

/**
 * GitHub "Revoke a list of credentials": `POST /credentials/revoke` with `{"credentials": [token]}`, classic
 * and fine-grained PATs, 202 Accepted, 422 "Validation failed, or the endpoint has been spammed", 60 requests
 * per hour. On github.com the request must be unauthenticated ("Any authenticated requests will return a
 * 403"); GHES documents the same endpoint with authentication (the token itself is the only credential here).
 * https://docs.github.com/en/rest/credentials/revoke , https://docs.github.com/en/enterprise-server@3.19/rest/credentials/revoke
 */
const revokeGithub = async (r: Target, secret: string, io: RevokeIo): Promise<HostRevokeAnswer> => {
  const name = r.host === 'github' ? 'GitHub' : 'GitHub Enterprise Server'
  const headers: Record<string, string> = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28', 'Content-Type': 'application/json' }
  if (r.host === 'github-enterprise') headers.Authorization = `Bearer ${secret}`
  const response = await send(io, `${apiBaseFor(r, name, io.overrides)}/credentials/revoke`, { method: 'POST', headers, body: JSON.stringify({ credentials: [secret] }) })
  if (!response) return { status: 'unreachable', message: `PAT Keeper could not reach ${name}; nothing was changed. Check your connection and try again.` }
  if (response.status === 202) return { status: 'accepted', message: `${name} accepted the request and revokes "${r.label}" (it cannot be reactivated).` }
  if (response.status === 429 || (response.status === 403 && response.headers.get('x-ratelimit-remaining') === '0'))
    return { status: 'rate-limited', message: `${name} allows 60 revoke requests per hour and that limit is used up; nothing was changed.${waitText(response, io.clock())}`, manualUrl: manualRevokePage(r) }
  if (response.status === 404) return byHand(r, `This ${name} does not offer the credentials revoke API (older GHES versions lack it).`)
  if (response.status === 422) return { status: 'refused', message: `${name} refused the revoke request (validation failed, or too many requests); nothing was changed. Try again later or revoke it by hand.`, manualUrl: manualRevokePage(r) }
  return { status: 'refused', message: `${name} answered ${response.status} to the revoke request; nothing was changed. Revoke it by hand on the page below.`, manualUrl: manualRevokePage(r) }
}

/**
 * GitLab "Revoke a personal access token" with the token itself: `DELETE /personal_access_tokens/self`
 * (GitLab 15.0+): 204 No Content when revoked, 400 when it could not be revoked, 401 when the token is
 * already invalid, 403 when the token may not do this; 429 with Retry-After under rate limits.
 * https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token ,
 * https://docs.gitlab.com/security/rate_limits/
 */
const revokeGitlab = async (r: Target, secret: string, io: RevokeIo): Promise<HostRevokeAnswer> => {
  const response = await send(io, `${apiBaseFor(r, 'GitLab', io.overrides)}/personal_access_tokens/self`, { method: 'DELETE', headers: { 'PRIVATE-TOKEN': secret, Accept: 'application/json' } })
  if (!response) return { status: 'unreachable', message: 'PAT Keeper could not reach GitLab; nothing was changed. Check your connection and try again.' }
  if (response.status === 204) return { status: 'revoked', message: `GitLab revoked "${r.label}".` }
  if (response.status === 401) return { status: 'already-invalid', message: `GitLab no longer accepts "${r.label}" (already revoked or expired), so it cannot revoke itself. Nothing was changed; check it on the page below.`, manualUrl: manualRevokePage(r) }
  if (response.status === 429) return { status: 'rate-limited', message: `GitLab is rate-limiting requests; nothing was changed.${waitText(response, io.clock())}`, manualUrl: manualRevokePage(r) }
  if (response.status === 404) return byHand(r, 'This GitLab server does not offer self-revoke (older than 15.0?).')
  if (response.status === 403) return { status: 'refused', message: `GitLab does not let "${r.label}" revoke itself; nothing was changed. Revoke it by hand on the page below.`, manualUrl: manualRevokePage(r) }
  return { status: 'refused', message: `GitLab answered ${response.status} and did not revoke "${r.label}"; nothing was changed. Revoke it by hand on the page below.`, manualUrl: manualRevokePage(r) }
}

/** Why hosts other than GitHub and GitLab get the page instead of an API call (see `revokeOnHost`). */
export const NO_SELF_REVOKE = 'This host has no API a token may use to revoke itself.'

/** True where `revokeOnHost` asks the host's API (GitHub credentials revoke, GitLab `self`); else the page by hand. */
export const canRevokeItself = (host: TokenRecord['host']): boolean => host === 'github' || host === 'github-enterprise' || host === 'gitlab' || host === 'gitlab-self-managed'

/**
 * Revokes a token on its host where the host lets a token revoke itself (GitHub's credentials revoke API,
 * GitLab's `personal_access_tokens/self`). Bitbucket, Azure DevOps and CodeCommit have no such API for
 * the token's own secret (Azure's PAT lifecycle API needs a Microsoft Entra token; Bitbucket Data Center
 * needs the token's id; IAM needs other credentials), so the answer is the exact page to do it by hand.
 */
export const revokeOnHost = async (r: Target, secret: string, io: RevokeIo): Promise<HostRevokeAnswer> => {
  if (r.host === 'github' || r.host === 'github-enterprise') return revokeGithub(r, secret, io)
  if (canRevokeItself(r.host)) return revokeGitlab(r, secret, io)
  return byHand(r, NO_SELF_REVOKE)
}


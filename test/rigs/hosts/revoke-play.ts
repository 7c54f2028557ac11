import { bearer } from './auth-header'
import { githubPlay, type GithubToken } from './github-play'
import { gitlabPlay, type GitlabToken } from './gitlab-play'
import type { FakeReply, HostPlay } from './host-server'

const REVOKE_DOCS = 'https://docs.github.com/rest/credentials/revoke#revoke-a-list-of-credentials'

/** Options of the GitHub revoke stand-in. */
export interface GithubRevokeOptions {
  enterprise?: boolean
  /** Requests allowed per hour ("limited to only 60 unauthenticated requests per hour"). */
  limitPerHour?: number
}

/**
 * GitHub "Revoke a list of credentials" in front of `githubPlay` (same token table, so a revoked token's later
 * `/user` check answers 401 "Bad credentials" as GitHub does for any dead token). Follows
 * https://docs.github.com/en/rest/credentials/revoke : `POST /credentials/revoke`, body
 * `{"credentials": [...]}` (required, up to 1000), 202 Accepted, 422 "Validation failed, or the endpoint has been
 * spammed"; on github.com "Any authenticated requests will return a 403"; GHES documents the call with
 * authentication (https://docs.github.com/en/enterprise-server@3.19/rest/credentials/revoke). Past the hourly
 * limit it answers like GitHub's primary rate limit: 403 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
 */
export const githubRevokePlay = (tokens: Record<string, GithubToken>, options: GithubRevokeOptions = {}): HostPlay => {
  const checks = githubPlay(tokens, options)
  const limit = options.limitPerHour ?? 60
  let used = 0
  return (req): FakeReply | Promise<FakeReply> => {
    const prefix = options.enterprise ? '/api/v3' : ''
    if (req.path.split('?')[0] !== `${prefix}/credentials/revoke`) return checks(req)
    if (req.method !== 'POST') return { status: 404, body: { message: 'Not Found', documentation_url: REVOKE_DOCS, status: '404' } }
    const limitHeaders = () => ({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(Math.max(0, limit - used)), 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600), 'x-ratelimit-resource': 'credentials-revoke' })
    if (used >= limit) return { status: 403, headers: limitHeaders(), body: { message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api', status: '403' } }
    used++
    if (!options.enterprise && req.headers.authorization) return { status: 403, headers: limitHeaders(), body: { message: 'Forbidden', documentation_url: REVOKE_DOCS, status: '403' } }
    let body: { credentials?: unknown }
    try {
      body = JSON.parse(req.body) as { credentials?: unknown }
    } catch {
      body = {}
    }
    const list = body.credentials
    if (!Array.isArray(list) || list.length === 0 || list.length > 1000 || !list.every((c) => typeof c === 'string'))
      return { status: 422, headers: limitHeaders(), body: { message: 'Validation Failed', errors: [{ resource: 'Credentials', field: 'credentials', code: 'invalid' }], documentation_url: REVOKE_DOCS, status: '422' } }
    // Unknown credentials are accepted too: the endpoint does not tell a caller whether a token existed.
    for (const c of list as string[]) delete tokens[c]
    return { status: 202, headers: limitHeaders(), body: {} }
  }
}

/**
 * GitLab `DELETE /personal_access_tokens/self` in front of `gitlabPlay` (same token table): 204 and the token
 * is revoked (later checks get GitLab's 401 "Token was revoked"), 401 for an unknown or dead token, 403 when the
 * token may not revoke itself (`refuse`). https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token
 * Rate limits: `host.fail('rate-limit')` (429 with Retry-After, https://docs.gitlab.com/security/rate_limits/).
 */
export const gitlabRevokePlay = (tokens: Record<string, GitlabToken>, options: { refuse?: string[] } = {}): HostPlay => {
  const checks = gitlabPlay(tokens)
  return (req) => {
    if (req.method !== 'DELETE' || req.path.split('?')[0] !== '/api/v4/personal_access_tokens/self') return checks(req)
    const secret = bearer(req.headers)
    const token = secret ? tokens[secret] : undefined
    if (!token || token.revoked) return { status: 401, body: { message: '401 Unauthorized' } }
    if (options.refuse?.includes(secret!)) return { status: 403, body: { message: '403 Forbidden' } }
    token.revoked = true
    return { status: 204 }
  }
}

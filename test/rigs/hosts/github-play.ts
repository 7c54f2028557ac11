import { randomBytes } from 'node:crypto'
import { bearer } from './auth-header'
import type { FakeReply, HostPlay, SeenRequest } from './host-server'
import { githubExample } from './schemas/github-openapi'

/** A GitHub account a token belongs to, and what GitHub says about the token. */
export interface GithubToken {
  login: string
  name?: string
  email?: string
  /** Classic token scopes (sent in `X-OAuth-Scopes`); leave out for a fine-grained token (no header). */
  scopes?: string[]
  /** `GitHub-Authentication-Token-Expiration` value, e.g. `2026-12-01 10:00:00 UTC`. */
  expires?: string
  /** SAML SSO not authorized: org repositories answer 403 with `X-GitHub-SSO: required; url=...` (never `/user`). */
  sso?: 'required'
  /** Repositories (`owner/name`) the token may read; others answer 404. Default: every repository. */
  repos?: string[]
  /** The token's organization refuses fine-grained tokens living longer than this many days. */
  orgLifetimeDays?: number
  /** Fine-grained token without the permission a repository route needs (403 + X-Accepted-GitHub-Permissions). */
  lacksPermission?: string
  /** Every request of this token hits the secondary rate limit (403, requests left, no retry-after). */
  secondaryLimit?: boolean
}

// Headers GitHub stamps on REST answers (x-github-request-id, x-ratelimit-*, x-github-media-type:
// @octokit/openapi api.github.com.json, components.headers; docs "Rate limits for the REST API").
const marks = (): Record<string, string> => ({
  'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
  'x-ratelimit-limit': '5000',
  'x-ratelimit-remaining': '4999',
  'x-github-media-type': 'github.v3; format=json',
})

// basic-error schema (@octokit/openapi components.schemas.basic-error): message, documentation_url, status.
const error = (status: number, message: string, headers = marks(), url = 'https://docs.github.com/rest'): FakeReply => ({ status, headers, body: { message, documentation_url: url, status: String(status) } })

/** GitHub's own example bodies (@octokit/openapi), read once when a play is made (not while answering). */
interface Examples {
  user: Record<string, unknown>
  repo: Record<string, unknown>
}

/** `GET /repos/{owner}/{repo}`. */
const repoReply = (token: GithubToken, owner: string, name: string, examples: Examples): FakeReply => {
  const full = `${owner}/${name}`
  const headers = marks()
  if (token.sso === 'required') {
    // github/docs content/rest/overview/other-authentication-methods.md ("Authenticating for SAML SSO"): 403 on an org resource.
    headers['x-github-sso'] = `required; url=https://github.com/orgs/${owner}/sso?authorization_request=A5JR4`
    return error(403, 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.', headers)
  }
  if (token.orgLifetimeDays) {
    // Message as GitHub sends it for org lifetime policies (quoted in NixOS/org#247, 2026-05-15).
    return error(403, `The '${owner}' organization forbids access via a fine-grained personal access tokens if the token's lifetime is greater than ${token.orgLifetimeDays} days. Please adjust your token's lifetime at the following URL: https://github.com/settings/personal-access-tokens/1`, headers, 'https://docs.github.com/rest/repos/repos#get-a-repository')
  }
  // A repository the token cannot see is a 404, as for one that does not exist (docs "Troubleshooting the REST API").
  if (token.repos && !token.repos.includes(full)) return error(404, 'Not Found', headers, 'https://docs.github.com/rest/repos/repos#get-a-repository')
  if (token.lacksPermission) {
    // Sent to fine-grained tokens on 403 (github.blog changelog 2023-08-10; docs "Troubleshooting the REST API").
    headers['x-accepted-github-permissions'] = token.lacksPermission
    return error(403, 'Resource not accessible by personal access token', headers, 'https://docs.github.com/rest/repos/repos#get-a-repository')
  }
  // GitHub's own example of a full-repository (@octokit/openapi), named as asked. The example leaves out the
  // required (nullable) `language` and shows a fork; this repository is no fork, so no source/parent.
  const { source: _source, parent: _parent, ...body } = structuredClone(examples.repo)
  return { status: 200, headers, body: { language: null, ...body, fork: false, name, full_name: full, private: true, owner: { ...(body.owner as object), login: owner } } }
}

/** GitHub.com (`/user`, `/repos/{owner}/{repo}`) or GitHub Enterprise Server (`/api/v3/...`) answering for the given tokens. */
export const githubPlay = (tokens: Record<string, GithubToken>, options: { enterprise?: boolean } = {}): HostPlay => {
  const examples: Examples = { user: githubExample('/user', 'get', 200), repo: githubExample('/repos/{owner}/{repo}', 'get', 200) }
  return (req) => githubAnswer(tokens, options, examples, req)
}

const githubAnswer = (tokens: Record<string, GithubToken>, options: { enterprise?: boolean }, examples: Examples, req: SeenRequest): FakeReply => {
  const prefix = options.enterprise ? '/api/v3' : ''
  const path = req.path.split('?')[0] ?? ''
  const repo = path.startsWith(`${prefix}/repos/`) ? /^\/repos\/([^/]+)\/([^/]+)$/.exec(path.slice(prefix.length)) : null
  if (path !== `${prefix}/user` && !repo) return error(404, 'Not Found')
  const secret = bearer(req.headers)
  if (!secret) return error(401, 'Requires authentication')
  const token = tokens[secret]
  if (!token) return error(401, 'Bad credentials')
  if (token.secondaryLimit) {
    // docs "Rate limits for the REST API" > "Exceeding the rate limit": secondary limit = 403 or 429, requests
    // may remain, retry-after may be absent; message text as GitHub sends it (octokit/octokit.net#2466).
    return error(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', marks(), 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits')
  }
  if (repo) return repoReply(token, decodeURIComponent(repo[1]!), decodeURIComponent(repo[2]!), examples)
  const headers = marks()
  if (token.scopes) {
    // Classic tokens: X-OAuth-Scopes (github/docs scopes-for-oauth-apps.md); fine-grained: no header.
    headers['x-oauth-scopes'] = token.scopes.join(', ')
    headers['x-accepted-oauth-scopes'] = ''
  }
  // Sent when the token expires (github/docs "Authenticating to the REST API"; go-github parseTokenExpiration).
  if (token.expires) headers['github-authentication-token-expiration'] = token.expires
  // GitHub's own example of GET /user (private-user, @octokit/openapi), with this token's account.
  return { status: 200, headers, body: { ...structuredClone(examples.user), login: token.login, name: token.name ?? null, email: token.email ?? null } }
}

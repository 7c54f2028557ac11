import { randomBytes } from 'node:crypto'
import { bearer } from './auth-header'
import type { FakeReply, HostPlay } from './host-server'

/** A GitHub account a token belongs to, and what GitHub says about the token. */
export interface GithubToken {
  login: string
  name?: string
  email?: string
  /** Classic token scopes (sent in `X-OAuth-Scopes`); leave out for a fine-grained token (no header). */
  scopes?: string[]
  /** `GitHub-Authentication-Token-Expiration` value, e.g. `2026-12-01 10:00:00 UTC`. */
  expires?: string
  /** SAML SSO: `required` answers 403 with `X-GitHub-SSO: required; url=...`. */
  sso?: 'required' | 'partial'
}

const marks = (): Record<string, string> => ({
  'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
  'x-ratelimit-limit': '5000',
  'x-ratelimit-remaining': '4999',
  'x-github-media-type': 'github.v3; format=json',
})

/** GitHub.com (`/user`) or GitHub Enterprise Server (`/api/v3/user`) answering for the given tokens. */
export const githubPlay = (tokens: Record<string, GithubToken>, options: { enterprise?: boolean } = {}): HostPlay => (req): FakeReply => {
  const prefix = options.enterprise ? '/api/v3' : ''
  if (req.path.split('?')[0] !== `${prefix}/user`) return { status: 404, headers: marks(), body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
  const secret = bearer(req.headers)
  if (!secret) return { status: 401, headers: marks(), body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' } }
  const token = tokens[secret]
  if (!token) return { status: 401, headers: marks(), body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } }
  const headers = marks()
  if (token.sso === 'required') {
    headers['x-github-sso'] = 'required; url=https://github.com/orgs/acme/sso?authorization_request=A5JR4'
    return { status: 403, headers, body: { message: 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.', status: '403' } }
  }
  if (token.sso === 'partial') headers['x-github-sso'] = 'partial-results; organizations=21955855'
  if (token.scopes) {
    headers['x-oauth-scopes'] = token.scopes.join(', ')
    headers['x-accepted-oauth-scopes'] = ''
  }
  if (token.expires) headers['github-authentication-token-expiration'] = token.expires
  return { status: 200, headers, body: { login: token.login, id: 1, name: token.name ?? null, email: token.email ?? null, type: 'User' } }
}

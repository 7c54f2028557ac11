import { randomUUID } from 'node:crypto'
import { basic, bearer } from './auth-header'
import type { SchemaError, SchemaUser } from '@coderabbitai/bitbucket/cloud/openapi'
import type { SchemaRestApplicationProperties, SchemaRestApplicationUser, SchemaRestErrors } from '@coderabbitai/bitbucket/server/openapi'
import type { FakeReply, HostPlay } from './host-server'

/** A Bitbucket Cloud API token (checked with the Atlassian email) or access token (Bearer), and its account. */
export interface BitbucketCloudToken {
  /** Absent for a repository/project/workspace access token (Bearer only). */
  email?: string
  /** Absent: the account shows only a nickname (bitbucket-api-changes-gdpr). */
  username?: string
  nickname?: string
  display_name: string
  scopes: string[]
}

// error schema (Bitbucket Cloud OpenAPI, components.schemas.error, type-checked below through @coderabbitai/bitbucket).
// Message of a bad/expired/unsupported token as Bitbucket sends it (community.developer.atlassian.com,
// "API Tokens at Account Level Not Working").
const INVALID: FakeReply = { status: 401, body: { type: 'error', error: { message: 'Token is invalid, expired, or not supported for this endpoint.' } } satisfies SchemaError }

/**
 * Bitbucket Cloud `api.bitbucket.org/2.0/user`: Basic "email:API token" (REST intro, "API tokens") or
 * Bearer for access tokens (REST intro, "Access tokens"). The profile needs `read:user:bitbucket`
 * (API tokens) or `account` (OAuth; access tokens cannot have it: REST intro scope list); without it, 403
 * naming `required` and `granted` scopes (as Bitbucket sends it; e.g. avivsinai/bitbucket-cli#70).
 */
export const bitbucketCloudPlay = (tokens: Record<string, BitbucketCloudToken>): HostPlay => (req): FakeReply => {
  if (req.path.split('?')[0] !== '/2.0/user') return { status: 404, body: { type: 'error', error: { message: 'Resource not found' } } }
  const pair = basic(req.headers)
  const secret = pair?.password ?? bearer(req.headers)
  const token = secret ? tokens[secret] : undefined
  if (!token || (pair ? token.email !== pair.user : token.email !== undefined)) return INVALID
  const profileScope = token.email ? 'read:user:bitbucket' : 'account'
  // Bitbucket's OpenAPI types error.detail as a string, but real 403s carry { required, granted } (observed
  // by bbcloud and avivsinai/bitbucket-cli#70), so this answer follows the observed shape, not the schema.
  if (!token.scopes.includes(profileScope)) return { status: 403, body: { type: 'error', error: { message: 'Your credentials lack one or more required privilege scopes.', detail: { required: [profileScope], granted: token.scopes } } } }
  // account schema (Bitbucket Cloud OpenAPI components.schemas.account): type, display_name, uuid, account_id, nickname; `username` where the account has one.
  return { status: 200, body: { type: 'user', ...(token.username ? { username: token.username } : {}), nickname: token.nickname ?? token.username ?? 'jd', display_name: token.display_name, uuid: `{${randomUUID()}}`, account_id: '5b10ac8d82e05b22cc7d4ef5' } satisfies SchemaUser }
}

/** A Bitbucket Data Center HTTP access token and its user. */
export interface BitbucketDcToken {
  slug: string
  displayName: string
  emailAddress?: string
  /** A project or repository token: its user is a SERVICE user, and Basic auth with a username is refused. */
  service?: boolean
}

/** Bitbucket Data Center: tokens honoured on `/rest` only; identity in `X-AUSERNAME`; other paths go to the login page. */
export const bitbucketDcPlay = (tokens: Record<string, BitbucketDcToken>): HostPlay => (req): FakeReply => {
  const path = req.path.split('?')[0] ?? ''
  if (!path.startsWith('/rest/')) return { status: 302, headers: { location: '/login?next=' + encodeURIComponent(path) } }
  const pair = basic(req.headers)
  // Project/repository tokens: "only with Bearer authentication. Don't use this token with a username in
  // Basic authentication" (confluence.atlassian.com HTTP access tokens); personal ones take either.
  const secret = bearer(req.headers) ?? (pair && !tokens[pair.password]?.service ? pair.password : pair ? '\0refused' : undefined)
  const token = secret ? tokens[secret] : undefined
  if (secret && !token) return { status: 401, body: { errors: [{ context: undefined, message: 'Authentication failed. Please check your credentials and try again.', exceptionName: 'com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException' }] } satisfies SchemaRestErrors }
  const who: Record<string, string> = token ? { 'x-ausername': token.slug, 'x-auserid': '12' } : {}
  if (path === '/rest/api/1.0/application-properties') {
    // RestApplicationProperties (Bitbucket DC OpenAPI): version, buildNumber, buildDate, displayName.
    return { status: 200, headers: who, body: { version: '9.4.3', buildNumber: '9004003', buildDate: '1730000000000', displayName: 'Bitbucket' } satisfies SchemaRestApplicationProperties }
  }
  const user = /^\/rest\/api\/latest\/users\/([^/]+)$/.exec(path)
  if (user && token && decodeURIComponent(user[1]!) === token.slug) {
    // RestApplicationUser (Bitbucket DC OpenAPI): name, slug, displayName, emailAddress, id, type (NORMAL | SERVICE), active.
    return { status: 200, headers: who, body: { name: token.slug, slug: token.slug, displayName: token.displayName, emailAddress: token.emailAddress, id: 12, type: token.service ? 'SERVICE' : 'NORMAL', active: true } satisfies SchemaRestApplicationUser }
  }
  return { status: 404, headers: who, body: { errors: [{ message: 'Not found' }] } }
}

import { randomUUID } from 'node:crypto'
import { basic, bearer } from './auth-header'
import type { FakeReply, HostPlay } from './host-server'

/** A Bitbucket Cloud API token (checked with the Atlassian email) and its account. */
export interface BitbucketCloudToken {
  email: string
  username: string
  display_name: string
  scopes: string[]
}

const INVALID: FakeReply = { status: 401, body: { type: 'error', error: { message: 'Token is invalid, expired, or not supported for this endpoint.' } } }

/** Bitbucket Cloud `api.bitbucket.org/2.0/user` with Basic "email:API token". */
export const bitbucketCloudPlay = (tokens: Record<string, BitbucketCloudToken>): HostPlay => (req): FakeReply => {
  if (req.path.split('?')[0] !== '/2.0/user') return { status: 404, body: { type: 'error', error: { message: 'Resource not found' } } }
  const pair = basic(req.headers)
  const token = pair ? tokens[pair.password] : undefined
  if (!pair || !token || token.email !== pair.user) return INVALID
  if (!token.scopes.includes('read:user:bitbucket')) return { status: 403, body: { type: 'error', error: { message: 'Your credentials lack one or more required privilege scopes.', detail: { required: ['read:user:bitbucket'], granted: token.scopes } } } }
  return { status: 200, body: { type: 'user', username: token.username, display_name: token.display_name, uuid: `{${randomUUID()}}`, account_id: '5b10ac8d82e05b22cc7d4ef5' } }
}

/** A Bitbucket Data Center HTTP access token and its user. */
export interface BitbucketDcToken {
  slug: string
  displayName: string
  emailAddress?: string
}

/** Bitbucket Data Center: tokens honoured on `/rest` only; identity in `X-AUSERNAME`; other paths go to the login page. */
export const bitbucketDcPlay = (tokens: Record<string, BitbucketDcToken>): HostPlay => (req): FakeReply => {
  const path = req.path.split('?')[0] ?? ''
  if (!path.startsWith('/rest/')) return { status: 302, headers: { location: '/login?next=' + encodeURIComponent(path) } }
  const secret = bearer(req.headers)
  const token = secret ? tokens[secret] : undefined
  if (secret && !token) return { status: 401, body: { errors: [{ context: null, message: 'Authentication failed. Please check your credentials and try again.', exceptionName: 'com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException' }] } }
  const who: Record<string, string> = token ? { 'x-ausername': token.slug, 'x-auserid': '12' } : {}
  if (path === '/rest/api/1.0/application-properties') {
    return { status: 200, headers: who, body: { version: '9.4.3', buildNumber: '9004003', buildDate: '1730000000000', displayName: 'Bitbucket' } }
  }
  const user = /^\/rest\/api\/latest\/users\/([^/]+)$/.exec(path)
  if (user && token && decodeURIComponent(user[1]!) === token.slug) {
    return { status: 200, headers: who, body: { name: token.slug, slug: token.slug, displayName: token.displayName, emailAddress: token.emailAddress, id: 12, type: 'NORMAL', active: true } }
  }
  return { status: 404, headers: who, body: { errors: [{ message: 'Not found' }] } }
}

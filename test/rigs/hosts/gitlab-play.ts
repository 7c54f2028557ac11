import { bearer } from './auth-header'
import type { FakeReply, HostPlay } from './host-server'

/** A GitLab token and its user. */
export interface GitlabToken {
  username: string
  name?: string
  email?: string
  scopes: string[]
  /** `YYYY-MM-DD` or null. */
  expires_at: string | null
  revoked?: boolean
  /** GitLab 18.10+ fine-grained tokens: granular scopes and an empty `scopes` array. */
  granular?: boolean
  /** ISO time GitLab last saw the token used (`last_used_at`), null or absent = never. */
  last_used_at?: string | null
}

const UNAUTHORIZED: FakeReply = { status: 401, body: { message: '401 Unauthorized' } }

/** GitLab.com or self-managed `/api/v4`: `personal_access_tokens/self` (any scope) and `user` (read_user/read_api/api). */
export const gitlabPlay = (tokens: Record<string, GitlabToken>, options: { today?: () => string } = {}): HostPlay => (req): FakeReply => {
  const path = req.path.split('?')[0]
  const secret = bearer(req.headers)
  const token = secret ? tokens[secret] : undefined
  if (!token) return UNAUTHORIZED
  if (token.revoked) return { status: 401, body: { error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' } }
  const today = options.today?.() ?? new Date().toISOString().slice(0, 10)
  if (token.expires_at && token.expires_at <= today) return { status: 401, body: { error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.' } }
  if (path === '/api/v4/personal_access_tokens/self') {
    return {
      status: 200,
      body: {
        id: 42, name: 'PAT Keeper', description: '', revoked: false, created_at: '2026-01-05T10:00:00.000Z', scopes: token.scopes,
        ...(token.granular ? { granular_scopes: [{ access: 'personal_projects', permissions: ['read_code', 'push_code'] }] } : {}),
        user_id: 7, last_used_at: token.last_used_at ?? null, active: true, expires_at: token.expires_at, last_used_ips: [],
      },
    }
  }
  if (path === '/api/v4/user') {
    if (!token.scopes.some((s) => ['read_user', 'read_api', 'api'].includes(s))) {
      return { status: 403, body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api read_user' } }
    }
    return { status: 200, body: { id: 7, username: token.username, name: token.name ?? token.username, state: 'active', email: token.email, public_email: '' } }
  }
  return { status: 404, body: { message: '404 Not Found' } }
}

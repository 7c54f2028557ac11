import { bearer } from './auth-header'
import type { FakeReply, HostPlay } from './host-server'

/** A GitLab token and its user. */
export interface GitlabToken {
  username: string
  name?: string
  /** The token's own `name` on GitLab (the entity's `name` field); 'PAT Keeper' when not given. */
  tokenName?: string
  email?: string
  scopes: string[]
  /** `YYYY-MM-DD` or null. */
  expires_at: string | null
  revoked?: boolean
  /**
   * GitLab 18.10+ fine-grained tokens: `true` = `granular_scopes` listed (19.2+); `'flag'` = only
   * `granular: true` (before the scopes were exposed); `'no-self-read'` = `/self` refused with 403
   * `insufficient_granular_scope` (token without "Personal Access Token: Read").
   */
  granular?: boolean | 'flag' | 'no-self-read'
  /** ISO time GitLab last saw the token used (`last_used_at`), null or absent = never. */
  last_used_at?: string | null
}

// `unauthorized!` -> render_api_error!('401 Unauthorized', 401) (gitlabhq lib/api/helpers.rb).
const UNAUTHORIZED: FakeReply = { status: 401, body: { message: '401 Unauthorized' } }

/** Fields of the self answer for a fine-grained token. */
const granularFields = (granular: GitlabToken['granular']) => {
  // granular_scopes entries carry access, permissions and project_id/group_id (gitlab-org/api/client-go MR 3178).
  if (granular === true) return { granular: true, granular_scopes: [{ access: 'personal_projects', permissions: ['read_code', 'push_code'], project_id: null, group_id: null }] }
  if (granular === 'flag') return { granular: true } // gitlab-org/gitlab MR 243428: "REST only shows a granular: true flag"
  return {}
}

/** GitLab.com or self-managed `/api/v4`: `personal_access_tokens/self` (any scope) and `user` (read_user/read_api/api). */
export const gitlabPlay = (tokens: Record<string, GitlabToken>, options: { today?: () => string } = {}): HostPlay => (req): FakeReply => {
  const path = req.path.split('?')[0]
  const secret = bearer(req.headers)
  const token = secret ? tokens[secret] : undefined
  if (!token) return UNAUTHORIZED
  // Expired / revoked bodies: gitlabhq lib/api/api_guard.rb oauth2_bearer_token_error_handler.
  if (token.revoked) return { status: 401, body: { error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' } }
  const today = options.today?.() ?? new Date().toISOString().slice(0, 10)
  if (token.expires_at && token.expires_at <= today) return { status: 401, body: { error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.' } }
  if (path === '/api/v4/personal_access_tokens/self') {
    if (token.granular === 'no-self-read') {
      // gitlabhq spec shared example "authorizing granular token permissions": 403 + error insufficient_granular_scope;
      // text from Authz::Tokens::AuthorizeGranularScopesService.
      return { status: 403, body: { error: 'insufficient_granular_scope', error_description: 'Access denied: This operation requires a fine-grained personal access token with the following permissions: [read_personal_access_token].' } }
    }
    // Entities::PersonalAccessToken (gitlabhq lib/api/entities/personal_access_token.rb); doc/api/personal_access_tokens.md "Self-inform".
    return {
      status: 200,
      body: {
        id: 42, name: token.tokenName ?? 'PAT Keeper', description: '', revoked: false, created_at: '2026-01-05T10:00:00.000Z', scopes: token.scopes,
        ...granularFields(token.granular),
        user_id: 7, last_used_at: token.last_used_at ?? null, active: true, expires_at: token.expires_at, last_used_ips: [],
      },
    }
  }
  if (path === '/api/v4/user') {
    // api_guard.rb: insufficient_scope 403 for a token without read_user/read_api/api.
    if (!token.scopes.some((s) => ['read_user', 'read_api', 'api'].includes(s))) {
      return { status: 403, body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api read_user' } }
    }
    return { status: 200, body: { id: 7, username: token.username, name: token.name ?? token.username, state: 'active', email: token.email, public_email: '' } }
  }
  return { status: 404, body: { message: '404 Not Found' } }
}

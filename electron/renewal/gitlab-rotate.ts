import type { TokenRecord } from '../../shared/domain/token'
import { AppError } from '../errors/app-error'
import { apiBaseFor, type ApiOverrides } from '../validation/api-base'

/** GitLab kinds: the only hosts with an API a token may call to rotate itself. */
export const isGitlab = (record: Pick<TokenRecord, 'host'>): boolean => record.host === 'gitlab' || record.host === 'gitlab-self-managed'

/** `POST /personal_access_tokens/self/rotate` needs `api` or `self_rotate` (GitLab docs, personal_access_tokens API). */
export const canSelfRotate = (record: Pick<TokenRecord, 'host' | 'scopes'>): boolean => isGitlab(record) && record.scopes.some((s) => s === 'api' || s === 'self_rotate')

/** What GitLab answers to a rotation. */
export interface GitlabRotation {
  token: string
  expiresAt: string | null
  scopes?: string[]
}

const DO_NOT_RETRY = 'Do not retry the rotation: GitLab treats a rotation with the old token as reuse and revokes the whole token family, the new token too.'

/**
 * The rotation request got no answer (timeout, dropped connection), so GitLab may or may not have rotated.
 * Retrying `/rotate` with an old, already revoked token makes GitLab revoke the token family ("Automatic
 * reuse detection", gitlabhq doc/api/personal_access_tokens.md; auth_finders.rb `revoke_token_family`).
 * So PAT Keeper asks `GET /personal_access_tokens/self` with the old token first and says what happened.
 */
const afterLostAnswer = async (base: string, secret: string, io: { fetch: typeof fetch; timeoutMs?: number }): Promise<AppError> => {
  let status: number | undefined
  try {
    const res = await io.fetch(`${base}/personal_access_tokens/self`, { headers: { 'PRIVATE-TOKEN': secret, Accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(io.timeoutMs ?? 20_000) })
    status = res.status
    await res.body?.cancel()
  } catch {
    status = undefined
  }
  if (status === 200) return new AppError('host-error', 'GitLab did not answer the rotation, and the current token still works, so it was not rotated. Nothing was changed; check your connection and try again.')
  if (status === 401) {
    return new AppError('host-error', `GitLab rotated the token but its answer with the new token was lost: the old token no longer works. ${DO_NOT_RETRY} Create a new token on GitLab's Personal access tokens page and paste it below.`)
  }
  return new AppError('host-error', `GitLab did not answer the rotation, and PAT Keeper could not find out whether it happened. ${DO_NOT_RETRY} Open GitLab's Personal access tokens page: if the token shows as rotated or revoked, create a new one and paste it below; if not, try again later.`)
}

/**
 * Rotates a GitLab token with its own secret. GitLab revokes the old token and returns a new one that expires
 * on `expiresAt` (without it GitLab picks one week, so PAT Keeper always sends a date). Errors say what to do;
 * none contains a secret.
 */
export const rotateGitlabToken = async (record: TokenRecord, secret: string, expiresAt: string, io: { fetch: typeof fetch; overrides?: ApiOverrides; timeoutMs?: number }): Promise<GitlabRotation> => {
  const base = apiBaseFor(record, 'GitLab', io.overrides)
  let response: Response
  try {
    response = await io.fetch(`${base}/personal_access_tokens/self/rotate`, {
      method: 'POST',
      headers: { 'PRIVATE-TOKEN': secret, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ expires_at: expiresAt }),
      redirect: 'error',
      signal: AbortSignal.timeout(io.timeoutMs ?? 20_000),
    })
  } catch {
    throw await afterLostAnswer(base, secret, io)
  }
  const body = (await response.json().catch(() => ({}))) as { token?: unknown; expires_at?: unknown; scopes?: unknown; message?: unknown; error?: unknown }
  if (response.status === 401) throw new AppError('invalid-input', 'GitLab refused the current token (expired or revoked), so it cannot rotate itself. Create a new token on GitLab and paste it below.')
  if (response.status === 403) throw new AppError('not-allowed', 'GitLab does not let this token rotate itself (it needs the api or self_rotate scope). Create a new token on GitLab and paste it below.')
  if (response.status === 404) throw new AppError('host-error', 'This GitLab server does not offer self-rotation (older than 16.10?). Create a new token on GitLab and paste it below.')
  if (response.status === 400) {
    const why = typeof body.message === 'string' ? body.message : typeof body.error === 'string' ? body.error : 'the request was refused'
    throw new AppError('invalid-input', `GitLab refused the rotation: ${why.slice(0, 200)}. Pick an earlier expiry date (your instance may limit lifetimes) and try again.`)
  }
  if (!response.ok || typeof body.token !== 'string' || body.token.length === 0) {
    throw new AppError('host-error', `GitLab answered ${response.status} without a new token. Nothing was changed here; check the token on GitLab before trying again.`)
  }
  return {
    token: body.token,
    expiresAt: typeof body.expires_at === 'string' ? body.expires_at : null,
    ...(Array.isArray(body.scopes) ? { scopes: body.scopes.filter((s): s is string => typeof s === 'string') } : {}),
  }
}

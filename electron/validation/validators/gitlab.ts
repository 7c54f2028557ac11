import type { HostAnswer, HostValidator, ValidatorContext } from '../types'
import { hostText } from '../messages'
import { commonAnswer, field, getReply, malformedAnswer } from './http-json'
import { checkDeployToken, isDeployToken } from './gitlab-deploy'

/** GitLab's `expires_at` is a date; the token stops working at the start of that day, UTC. */
export const gitlabExpiry = (value: unknown): string | null | undefined => {
  if (value === null) return null
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined
  return `${value.slice(0, 10)}T00:00:00.000Z`
}

/** Scopes that let a token read `GET /user`. */
const USER_SCOPES = ['read_user', 'read_api', 'api']

const unauthorized = (ctx: ValidatorContext, json: unknown): HostAnswer => {
  // GitLab says "401 Unauthorized" for every bad token; newer versions add an OAuth-style reason.
  const reason = `${field(json, 'error_description') ?? ''} ${field(json, 'message') ?? ''}`.toLowerCase()
  if (reason.includes('revoked')) return { status: 'revoked' }
  if (reason.includes('expired')) return { status: 'expired' }
  return { status: 'invalid', message: `${ctx.hostName} says this token is invalid, expired or revoked; create a new one with the guide.` }
}

/**
 * GitLab.com and self-managed: `GET /api/v4/personal_access_tokens/self` (allowed for any scope; gives
 * scopes, `expires_at`, `active`, `revoked`), then `GET /api/v4/user` when the scopes allow it.
 */
export const validateGitlab: HostValidator = async (ctx) => {
  if (isDeployToken(ctx.secret)) return checkDeployToken(ctx)
  const auth = { 'private-token': ctx.secret }
  const self = await getReply(ctx, '/personal_access_tokens/self', auth)
  if (self.status === 401) return unauthorized(ctx, self.json)
  if (self.status === 403 && field(self.json, 'error') === 'insufficient_granular_scope') return granularRefused(ctx)
  if (self.status === 403) {
    const said = hostText(field(self.json, 'message') ?? field(self.json, 'error_description'))
    return { status: 'invalid', message: `${ctx.hostName} refused this token${said ? ` ("${said}")` : ''}; the account may be blocked or the token not allowed here. Create a new one with the guide.` }
  }
  if (self.status === 400) {
    return { status: 'invalid', message: `${ctx.hostName} says this is not a personal, project or group access token; create a personal access token with the guide.` }
  }
  if (self.status === 404) return legacyUserCheck(ctx) // GitLab before 15.5 has no /self endpoint
  if (self.status !== 200) return commonAnswer(ctx, self)
  const info = self.json as { scopes?: unknown; granular_scopes?: unknown; active?: unknown; revoked?: unknown; expires_at?: unknown; last_used_at?: unknown } | undefined
  if (!info || typeof info !== 'object' || !Array.isArray(info.scopes)) return malformedAnswer(ctx)
  const scopes = info.scopes.filter((s): s is string => typeof s === 'string')
  const expiresAt = gitlabExpiry(info.expires_at)
  // Fine-grained tokens: `granular_scopes` (19.2+, gitlab-org/api/client-go MR 3178) or, before that was
  // exposed, only `granular: true` (gitlab-org/gitlab MR 243428). Their `scopes` are not what they may do.
  const granular = (Array.isArray(info.granular_scopes) && info.granular_scopes.length > 0) || (info as { granular?: unknown }).granular === true
  const tokenType = granular ? 'fine-grained' : 'personal'
  if (info.revoked === true) return { status: 'revoked', scopes, expiresAt, tokenType }
  if (info.active === false) {
    const past = expiresAt && Date.parse(expiresAt) <= ctx.clock().getTime()
    return { status: past ? 'expired' : 'revoked', scopes, expiresAt, tokenType }
  }
  const answer: HostAnswer = granular
    ? { status: 'valid', expiresAt, tokenType, note: FINE_GRAINED_NOTE(ctx.hostName) }
    : { status: 'valid', scopes, expiresAt, tokenType }
  // `last_used_at`: ISO time or null for never (personal_access_tokens API); absent on servers that do not say.
  if ('last_used_at' in info) answer.lastUsedAt = typeof info.last_used_at === 'string' ? info.last_used_at : null
  if (scopes.some((s) => USER_SCOPES.includes(s))) {
    const user = await getReply(ctx, '/user', auth)
    if (user.status === 200 && field(user.json, 'username')) {
      const email = field(user.json, 'email') ?? field(user.json, 'public_email') ?? field(user.json, 'commit_email')
      answer.identity = { login: field(user.json, 'username'), name: field(user.json, 'name'), email }
    }
  }
  return answer
}

const FINE_GRAINED_NOTE = (host: string) =>
  `${host} fine-grained tokens grant permissions per resource, which PAT Keeper does not compare with the purpose; a test clone or push shows whether they suffice.`

/**
 * 403 `insufficient_granular_scope` (gitlabhq api_guard.rb / Authz::Tokens::AuthorizeGranularScopesService):
 * GitLab authenticated the fine-grained token but it may not read its own details (no "Personal Access
 * Token: Read"). It is not invalid; expiry and permissions stay unknown.
 */
const granularRefused = (ctx: ValidatorContext): HostAnswer => ({
  status: 'valid',
  tokenType: 'fine-grained',
  message: `${ctx.hostName} accepts this fine-grained token.`,
  note: `${ctx.hostName} does not let this fine-grained token read its own details, so its expiry and permissions are not checked (PAT Keeper keeps the date you entered); a test clone or push settles the rest.`,
})

const legacyUserCheck = async (ctx: ValidatorContext): Promise<HostAnswer> => {
  const user = await getReply(ctx, '/user', { 'private-token': ctx.secret })
  if (user.status === 401) return unauthorized(ctx, user.json)
  if (user.status !== 200) return commonAnswer(ctx, user)
  const login = field(user.json, 'username')
  if (!login) return malformedAnswer(ctx)
  return { status: 'valid', identity: { login, name: field(user.json, 'name'), email: field(user.json, 'email') }, tokenType: 'personal' }
}

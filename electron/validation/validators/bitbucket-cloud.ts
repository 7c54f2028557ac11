import type { HostAnswer, HostValidator, ValidatorContext } from '../types'
import { listWords } from '../messages'
import { commonAnswer, field, getReply, malformedAnswer } from './http-json'

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

/** Bitbucket app passwords start with ATBB; Atlassian removed them on 2026-07-28. */
export const isAppPassword = (secret: string): boolean => /^ATBB[A-Za-z0-9]{16,}/.test(secret)

/**
 * Bitbucket Cloud: `GET /2.0/user` with Basic auth "Atlassian account email : API token". Repository,
 * project and workspace access tokens (no email) use Bearer. App passwords are reported as dead without
 * being sent anywhere.
 */
export const validateBitbucketCloud: HostValidator = async (ctx) => {
  if (isAppPassword(ctx.secret)) {
    return {
      status: 'invalid',
      tokenType: 'app-password',
      message: 'This is a Bitbucket app password; Atlassian switched them off on 2026-07-28. Create an Atlassian API token with Bitbucket scopes using the guide.',
    }
  }
  const email = ctx.target.email?.trim()
  const authorization = email ? basic(email, ctx.secret) : `Bearer ${ctx.secret}`
  const reply = await getReply(ctx, '/user', { authorization })
  const tokenType = email ? 'api-token' : 'access-token'
  if (reply.status === 401) {
    return {
      status: 'invalid',
      message: email
        ? `${ctx.hostName} says this token is invalid, expired or has no Bitbucket scopes; check the Atlassian email (${email}), or create a new API token with the guide.`
        : `${ctx.hostName} did not accept this token; API tokens are checked with your Atlassian account email, so add the email to this token and check again.`,
    }
  }
  if (reply.status === 403) return profileRefused(ctx, reply.json, tokenType)
  if (reply.status !== 200) return commonAnswer(ctx, reply)
  // Only `username` is the git username; `nickname` is "a non-unique user identifier substituting for
  // username" (developer.atlassian.com/cloud/bitbucket/bitbucket-api-changes-gdpr), so it never becomes one.
  const login = field(reply.json, 'username')
  const name = field(reply.json, 'display_name') ?? field(reply.json, 'nickname')
  if (!login && !name) return malformedAnswer(ctx)
  const scopes = reply.headers.get('x-oauth-scopes')
  return {
    status: 'valid',
    identity: { login, name, email },
    scopes: scopes ? scopes.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    tokenType,
  }
}

/**
 * A 403 on `/2.0/user` means the token authenticated but may not read the profile (`read:user:bitbucket`
 * for API tokens; `account`, which access tokens cannot have). Bitbucket lists the token's real scopes in
 * `error.detail.granted`, so the purpose check runs on those instead of asking for a profile scope that
 * clone and push never need.
 */
const profileRefused = (ctx: ValidatorContext, json: unknown, tokenType: string): HostAnswer => {
  const detail = (json as { error?: { detail?: { granted?: unknown } } } | undefined)?.error?.detail
  const granted = Array.isArray(detail?.granted) ? detail.granted.filter((s): s is string => typeof s === 'string') : undefined
  return {
    status: 'valid',
    // Access tokens carry OAuth-style names (`repository:write`) that the API-token guide does not use.
    scopes: tokenType === 'api-token' ? granted : undefined,
    tokenType,
    message: `${ctx.hostName} accepts this token${granted ? ` with the scopes ${listWords(granted.map((s) => `\`${s}\``))}` : ''}.`,
    note: `${ctx.hostName} does not show this token the account profile, so the username is not checked${granted ? '' : ' and its scopes are unknown'}; a test clone or push settles the rest.`,
  }
}

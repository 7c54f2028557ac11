import type { HostValidator } from '../types'
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
  if (reply.status === 401) {
    return {
      status: 'invalid',
      message: email
        ? `${ctx.hostName} says this token is invalid, expired or has no Bitbucket scopes; check the Atlassian email (${email}), or create a new API token with the guide.`
        : `${ctx.hostName} did not accept this token; API tokens are checked with your Atlassian account email, so add the email to this token and check again.`,
    }
  }
  if (reply.status === 403) {
    return {
      status: 'missing-scopes',
      missingScopes: ['read:user:bitbucket'],
      message: `${ctx.hostName} accepts this token but it may not read your profile: add \`read:user:bitbucket\` so PAT Keeper can check it.`,
      tokenType: email ? 'api-token' : 'access-token',
    }
  }
  if (reply.status !== 200) return commonAnswer(ctx, reply)
  const login = field(reply.json, 'username') ?? field(reply.json, 'nickname')
  const name = field(reply.json, 'display_name')
  if (!login && !name) return malformedAnswer(ctx)
  const scopes = reply.headers.get('x-oauth-scopes')
  return {
    status: 'valid',
    identity: { login, name, email },
    scopes: scopes ? scopes.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    tokenType: email ? 'api-token' : 'access-token',
  }
}

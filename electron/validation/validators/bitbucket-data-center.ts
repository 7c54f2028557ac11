import type { HostValidator } from '../types'
import { BEARER_ONLY_TOKEN_TYPE } from '../../credential-helper/bearer'
import { commonAnswer, field, getReply, malformedAnswer } from './http-json'

/**
 * Bitbucket Data Center: Bearer token on a `/rest` path (since 8.9.22 / 8.19.12 / 9.3.2 tokens work only on
 * `/rest` and `/scm`). There is no "whoami" endpoint: every authenticated answer names the user in
 * `X-AUSERNAME`, so `GET /rest/api/1.0/application-properties` and read that header, then the user's profile.
 */
export const validateBitbucketDataCenter: HostValidator = async (ctx) => {
  const auth = { authorization: `Bearer ${ctx.secret}` }
  const reply = await getReply(ctx, '/api/1.0/application-properties', auth)
  if (reply.status === 401) {
    return { status: 'invalid', message: `${ctx.hostName} says this token is invalid or expired; create a new HTTP access token with the guide.` }
  }
  if (reply.status !== 200) return commonAnswer(ctx, reply)
  if (reply.json === undefined || reply.isHtml) return malformedAnswer(ctx)
  const slug = reply.headers.get('x-ausername') ?? undefined
  if (!slug) {
    // An anonymous answer: the server ignored the token (it may allow anonymous access to this endpoint).
    return { status: 'invalid', message: `${ctx.hostName} answered without recognising the token; check the server address, then create a new HTTP access token with the guide.` }
  }
  const user = await getReply(ctx, `/api/latest/users/${encodeURIComponent(slug)}`, auth)
  // Project and repository tokens act as a SERVICE user ("not backed by a user from a Crowd directory":
  // Bitbucket javadoc com.atlassian.bitbucket.user.UserType). They work only with Bearer, never with a
  // username, so the bot's name must not become the git username.
  if (field(user.json, 'type') === 'SERVICE') {
    return {
      status: 'valid',
      identity: { name: field(user.json, 'displayName') },
      tokenType: BEARER_ONLY_TOKEN_TYPE,
      message: `${ctx.hostName} accepts this project or repository access token.`,
      note: 'These tokens work only as Bearer tokens: git uses them through PAT Keeper from git 2.46 on; older git cannot send them from a credential helper.',
    }
  }
  const identity = { login: slug, name: field(user.json, 'displayName'), email: field(user.json, 'emailAddress') }
  return { status: 'valid', identity, tokenType: 'http-access-token' }
}

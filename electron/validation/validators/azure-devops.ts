import type { HostValidator } from '../types'
import { commonAnswer, getReply, isSignInRedirect, malformedAnswer } from './http-json'

const ANONYMOUS = /^0{8}-0{4}-0{4}-0{4}-0{12}$/

/** Reads `authenticatedUser` from a connectionData answer. */
const userOf = (json: unknown) => {
  const user = (json as { authenticatedUser?: { id?: unknown; providerDisplayName?: unknown; properties?: { Account?: { $value?: unknown } } } } | undefined)?.authenticatedUser
  if (!user || typeof user !== 'object') return undefined
  const account = user.properties?.Account?.$value
  return {
    id: typeof user.id === 'string' ? user.id : '',
    name: typeof user.providerDisplayName === 'string' ? user.providerDisplayName : undefined,
    account: typeof account === 'string' ? account : undefined,
  }
}

/**
 * Azure DevOps Services and Server: Basic auth with an empty user name and the PAT on the organization's
 * (or collection's) `_apis/connectionData`. A bad PAT may get 401, or 203 / a redirect with an HTML sign-in
 * page instead. A PAT cannot read its own expiry or scopes (that API needs an Entra token), so both stay
 * whatever the user entered.
 */
export const validateAzureDevops: HostValidator = async (ctx) => {
  const authorization = `Basic ${Buffer.from(`:${ctx.secret}`).toString('base64')}`
  const reply = await getReply(ctx, '/_apis/connectionData', { authorization, 'x-tfs-fedauthredirect': 'Suppress' })
  if (reply.status === 401 || reply.status === 203 || isSignInRedirect(reply) || (reply.status === 200 && reply.isHtml)) {
    return { status: 'invalid', message: `${ctx.hostName} did not accept this token: it is invalid, expired or revoked, or belongs to another organization. Create a new one with the guide.` }
  }
  if (reply.status !== 200) return commonAnswer(ctx, reply)
  const user = userOf(reply.json)
  if (!user) return malformedAnswer(ctx)
  if (!user.id || ANONYMOUS.test(user.id)) {
    return { status: 'invalid', message: `${ctx.hostName} treated the request as anonymous, so the token was not accepted; create a new one with the guide.` }
  }
  return { status: 'valid', identity: { login: user.account, name: user.name, email: user.account?.includes('@') ? user.account : undefined }, tokenType: 'pat' }
}

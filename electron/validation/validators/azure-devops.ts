import type { HostValidator, ValidatorContext } from '../types'
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

// Global PATs end (devblogs.microsoft.com/devops/retirement-of-global-personal-access-tokens-in-azure-devops).
const GLOBAL_PAT_END = '2026-12-01'

/** The refusal sentence; on Services it names the global-PAT retirement in the right tense. */
const refusedMessage = (ctx: ValidatorContext): string => {
  const base = `${ctx.hostName} did not accept this token: it is invalid, expired or revoked, or belongs to another organization.`
  if (ctx.target.host !== 'azure-devops') return `${base} Create a new one with the guide.`
  const ended = ctx.clock().toISOString().slice(0, 10) >= GLOBAL_PAT_END
  const org = ctx.target.org ?? 'your organization'
  return `${base} If it was created for "All accessible organizations", it ${ended ? 'stopped' : 'stops'} working on ${GLOBAL_PAT_END} (Microsoft retired global PATs): create a new PAT for the organization "${org}" only, with the guide.`
}

// MicrosoftDocs/vsts-rest-api-specs#441 and MicrosoftDocs/azure-devops-docs#10439: a PAT without the scope an
// endpoint needs gets 401 as well, so the answer cannot tell "lacks a scope" from "bad token".
const SCOPE_401_NOTE = 'Azure DevOps answers 401 both for a bad token and for one lacking a scope the request needs; PAT Keeper asks for the identity only (believed to need no scope beyond Code: Read), and a test clone settles it.'

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
    return { status: 'invalid', message: refusedMessage(ctx), note: reply.status === 401 ? SCOPE_401_NOTE : undefined }
  }
  if (reply.status !== 200) return commonAnswer(ctx, reply)
  const user = userOf(reply.json)
  if (!user) return malformedAnswer(ctx)
  if (!user.id || ANONYMOUS.test(user.id)) {
    return { status: 'invalid', message: `${ctx.hostName} treated the request as anonymous, so the token was not accepted; create a new one with the guide.` }
  }
  return { status: 'valid', identity: { login: user.account, name: user.name, email: user.account?.includes('@') ? user.account : undefined }, tokenType: 'pat' }
}

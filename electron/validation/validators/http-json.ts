import type { HostAnswer, ValidatorContext } from '../types'

/** One HTTP answer with its body read and (when it is JSON) parsed. */
export interface HostReply {
  status: number
  headers: Headers
  text: string
  /** Parsed JSON body, or undefined when the body is not valid JSON. */
  json: unknown
  isHtml: boolean
  location?: string
}

/** GETs `ctx.apiBase + path` through the validation policy and parses the body when it is JSON. */
export const getReply = async (ctx: ValidatorContext, path: string, headers: Record<string, string>): Promise<HostReply> => {
  const res = await ctx.fetch(`${ctx.apiBase}${path}`, { headers: { accept: 'application/json', 'user-agent': 'PAT Keeper', ...headers } })
  const text = await res.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  const type = res.headers.get('content-type') ?? ''
  const isHtml = type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text)
  return { status: res.status, headers: res.headers, text, json, isHtml, location: res.headers.get('location') ?? undefined }
}

/** Reads a string field from an unknown JSON object. */
export const field = (value: unknown, key: string): string | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const found = (value as Record<string, unknown>)[key]
  return typeof found === 'string' && found.length > 0 ? found : undefined
}

/** True when a redirect points at a sign-in page (the host ignored the token and wants a browser login). */
export const isSignInRedirect = (reply: HostReply): boolean =>
  reply.status >= 300 && reply.status < 400 && /log_?in|sign_?in|_signin|auth/i.test(reply.location ?? '')

/** The answers every fetch-based host shares: redirects, rate limits, server errors, unknown codes. */
export const commonAnswer = (ctx: ValidatorContext, reply: HostReply): HostAnswer => {
  const host = ctx.hostName
  if (isSignInRedirect(reply)) {
    return { status: 'invalid', message: `${host} did not accept the token and sent PAT Keeper to its sign-in page; check the server address, then create a new token with the guide if it persists.` }
  }
  if (reply.status >= 300 && reply.status < 400) {
    return { status: 'host-error', message: `${host} redirected the check elsewhere (HTTP ${reply.status}); check the server address (it should be the address you open in a browser).` }
  }
  if (reply.status === 429) {
    const after = reply.headers.get('retry-after')
    return { status: 'rate-limited', message: `${host} is limiting requests${after ? ` (it asks to wait ${after} s)` : ''}; try the check again later.` }
  }
  if (reply.status >= 500) {
    return { status: 'host-error', message: `${host} had a server error (HTTP ${reply.status}) twice in a row; try again later.` }
  }
  if (reply.status === 404) {
    return { status: 'host-error', message: `${host} has no API at this address (HTTP 404); check the server address${ctx.target.org ? ' and organization' : ''}.` }
  }
  return { status: 'host-error', message: `${host} answered with an unexpected HTTP ${reply.status}; check the server address and try again.` }
}

/** Answer for a 200 whose body PAT Keeper could not read. */
export const malformedAnswer = (ctx: ValidatorContext): HostAnswer => ({
  status: 'host-error',
  message: `${ctx.hostName} sent an answer PAT Keeper could not read (not the expected JSON); check the server address, or try again later.`,
})

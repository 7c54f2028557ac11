// git's credential protocol (gitcredentials(7), "git credential" docs): `key=value` lines ended by a blank
// line or EOF. Keys ending in `[]` are multi-valued. Unknown keys must be ignored, so we keep what we know.

/** What git asks about (after `get`) or reports (after `store` / `erase`). */
export interface CredentialRequest {
  protocol?: string
  host?: string
  path?: string
  username?: string
  password?: string
  /** Sent by git >= 2.41 when the server's `WWW-Authenticate` is known; kept for completeness. */
  wwwauth: string[]
  capability: string[]
}

const SINGLE = new Set(['protocol', 'host', 'path', 'username', 'password'])

/** Parses git's input; unknown or malformed lines are ignored as the protocol requires. A `url=` line is expanded. */
export const parseCredentialInput = (text: string): CredentialRequest => {
  const request: CredentialRequest = { wwwauth: [], capability: [] }
  for (const line of text.split('\n')) {
    const clean = line.endsWith('\r') ? line.slice(0, -1) : line
    if (clean === '') break // a blank line ends the request
    const eq = clean.indexOf('=')
    if (eq <= 0) continue
    const key = clean.slice(0, eq)
    const value = clean.slice(eq + 1)
    if (key === 'wwwauth[]') request.wwwauth.push(value)
    else if (key === 'capability[]') request.capability.push(value)
    else if (key === 'url') Object.assign(request, fromUrl(value))
    else if (SINGLE.has(key)) (request as unknown as Record<string, string>)[key] = value
  }
  return request
}

/** Splits a `url=` value into protocol/host/path/username the way git does (host keeps its port). */
const fromUrl = (value: string): Partial<CredentialRequest> => {
  try {
    const url = new URL(value)
    const path = decodeURIComponent(url.pathname.replace(/^\//, ''))
    return {
      protocol: url.protocol.replace(/:$/, ''),
      host: url.host,
      ...(path ? { path } : {}),
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    }
  } catch {
    return {}
  }
}

/** Fields the helper answers with, in the order git documents them. */
export interface CredentialAnswer {
  username: string
  password: string
  /** Unix seconds; git (>= 2.40) stops using the password after this. */
  passwordExpiryUtc?: number
}

/**
 * Prints an answer. A value containing a newline or NUL cannot be sent (git would misread it), so it is
 * refused rather than mangled.
 */
export const formatCredentialAnswer = (answer: CredentialAnswer): string => {
  for (const value of [answer.username, answer.password]) {
    if (/[\n\0]/.test(value)) throw new Error('credential value contains a newline or NUL')
  }
  const lines = [`username=${answer.username}`, `password=${answer.password}`]
  if (answer.passwordExpiryUtc !== undefined) lines.push(`password_expiry_utc=${Math.floor(answer.passwordExpiryUtc)}`)
  return `${lines.join('\n')}\n`
}

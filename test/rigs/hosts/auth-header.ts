/** The token in `Authorization: Bearer|token <t>` or `PRIVATE-TOKEN`, and Basic user/password pairs. */
export const bearer = (headers: Record<string, string | string[] | undefined>): string | undefined => {
  const auth = String(headers.authorization ?? '')
  const m = /^(?:Bearer|token)\s+(\S+)$/i.exec(auth)
  return m?.[1] ?? (typeof headers['private-token'] === 'string' ? headers['private-token'] : undefined)
}

/** Decodes `Authorization: Basic ...` into user and password. */
export const basic = (headers: Record<string, string | string[] | undefined>): { user: string; password: string } | undefined => {
  const m = /^Basic\s+(\S+)$/i.exec(String(headers.authorization ?? ''))
  if (!m) return undefined
  const text = Buffer.from(m[1]!, 'base64').toString('utf8')
  const at = text.indexOf(':')
  return at < 0 ? undefined : { user: text.slice(0, at), password: text.slice(at + 1) }
}

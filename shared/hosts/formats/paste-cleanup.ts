import type { TokenWarning } from '../recognize-types'

/** What came along with a pasted token, and the token without it. */
export interface PasteCleanup {
  /** The secret with removable extras taken off (outer whitespace always). */
  secret: string
  /** True when more than outer whitespace was removed (the user should agree to the change). */
  changed: boolean
  warnings: TokenWarning[]
}

const QUOTE_CHARS = '"\'`\u201c\u201d\u2018\u2019'
const QUOTES = /^["'`\u201c\u201d\u2018\u2019]+|["'`\u201c\u201d\u2018\u2019,;]+$/g
/** Cheap first look (this runs on every keystroke): quotes can only be at either end. */
const hasQuote = (s: string) => QUOTE_CHARS.includes(s[0] ?? ' ') || `${QUOTE_CHARS},;`.includes(s[s.length - 1] ?? ' ')
const AUTH_PREFIX = /^(?:authorization:\s*)?(bearer|token)\s+/i

/**
 * Takes off what copying often brings along: outer whitespace, quote marks, an HTTP `Bearer `/`token `
 * prefix, and line breaks inside (a token wrapped in a terminal or mail). Other inner spaces are left,
 * since then something else was pasted with it.
 */
export const cleanPaste = (raw: string): PasteCleanup => {
  const warnings: TokenWarning[] = []
  let secret = raw.trim()
  if (secret !== raw) warnings.push({ code: 'whitespace', message: 'Spaces or line breaks were pasted around the token. PAT Keeper removes them when it saves.' })
  let changed = false
  const unquoted = hasQuote(secret) ? secret.replace(QUOTES, '') : secret
  if (unquoted !== secret && unquoted.length > 0) {
    warnings.push({ code: 'quotes', message: 'Quote marks were copied with the token; they are not part of it.' })
    secret = unquoted.trim()
    changed = true
  }
  if (secret.length > 6 && /^[ABTabt]/.test(secret) && AUTH_PREFIX.test(secret) && secret.replace(AUTH_PREFIX, '').length >= 8) {
    // Named from a fixed list, never copied from the paste.
    const word = AUTH_PREFIX.exec(secret)![1]!.toLowerCase() === 'bearer' ? 'Bearer' : 'token'
    warnings.push({ code: 'auth-prefix', message: `"${word}" at the start belongs to an HTTP header, not to the token.` })
    secret = secret.replace(AUTH_PREFIX, '').replace(QUOTES, '')
    changed = true
  }
  if (!/\s/.test(secret)) return { secret, changed, warnings }
  if (/[\r\n]/.test(secret) && !/[ \t]/.test(secret.replace(/[ \t]*\r?\n[ \t]*/g, ''))) {
    warnings.push({ code: 'line-break', message: 'The token was split over several lines when it was copied; the parts belong together.' })
    secret = secret.replace(/\s*[\r\n]\s*/g, '')
    changed = true
  } else if (/\s/.test(secret)) {
    // Says more than the outer-whitespace note, so it replaces it.
    if (warnings[0]?.code === 'whitespace') warnings.shift()
    warnings.push({ code: 'whitespace', message: 'The token contains a space or line break, which real tokens never do. Copy it again from the host.' })
  }
  return { secret, changed, warnings }
}

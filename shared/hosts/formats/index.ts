import type { HostKind } from '../../domain/hosts'
import type { TokenFormat } from '../types'
import { ATLASSIAN_FORMATS } from './atlassian'
import { AWS_FORMATS } from './aws'
import { AZURE_FORMATS } from './azure'
import { GITHUB_FORMATS } from './github'
import { GITLAB_FORMATS } from './gitlab'

/** Every format PAT Keeper knows, most specific first (the recogniser takes the first full match). */
export const TOKEN_FORMATS: readonly TokenFormat[] = Object.freeze([...GITHUB_FORMATS, ...GITLAB_FORMATS, ...ATLASSIAN_FORMATS, ...AZURE_FORMATS, ...AWS_FORMATS])

/** The formats whose home is `kind` (what a host's catalog entry lists). */
export const formatsOf = (kind: HostKind): TokenFormat[] => TOKEN_FORMATS.filter((f) => f.kinds.includes(kind))

/** Where a prefix may start after an instance prefix such as `SIE-` (at most 20 characters and a dash). */
const afterInstancePrefix = (secret: string): number => {
  for (let i = 1; i <= 21 && i < secret.length; i++) if (secret.charCodeAt(i) === 45) return i + 1
  return -1
}

const memo = new Map<number, TokenFormat[]>()

/** One printable ASCII character as 7 bits; -1 for anything else (those keys are not memoised). */
const ascii = (s: string, at: number): number => {
  const c = s.charCodeAt(at)
  return c >= 33 && c < 127 ? c : -1
}

/** The first two characters and the two after an instance prefix as one number, or -1 (no string is built). */
const keyOf = (secret: string, at: number): number => {
  const a = ascii(secret, 0)
  const b = ascii(secret, 1)
  const c = at < 0 ? 0 : ascii(secret, at)
  const d = at < 0 ? 0 : ascii(secret, at + 1)
  return a < 0 || b < 0 || c < 0 || d < 0 ? -1 : ((a * 128 + b) * 128 + c) * 128 + d
}

/**
 * The formats worth testing, in table order: those without a prefix, and those whose prefix's first two
 * characters start the secret (or follow an instance prefix). The paste field recognises on every
 * keystroke, so only a few patterns run per call.
 */
const candidates = (secret: string): TokenFormat[] => {
  const at = afterInstancePrefix(secret)
  const key = keyOf(secret, at)
  let list = key < 0 ? undefined : memo.get(key)
  if (!list) {
    const head = secret.slice(0, 2)
    const afterInstance = at < 0 ? undefined : secret.slice(at, at + 2)
    list = TOKEN_FORMATS.filter((f) => !f.prefix || f.prefix.startsWith(head) || (afterInstance !== undefined && f.prefix.startsWith(afterInstance)))
    if (key >= 0 && memo.size < 512) memo.set(key, list)
  }
  return list
}

/** The format a whole secret has; ambiguous formats only when the user chose one of their kinds. */
export const formatOf = (secret: string, chosenKind?: HostKind): TokenFormat | undefined =>
  candidates(secret).find((f) => secret.length >= f.length.min && secret.length <= f.length.max && (!f.onlyWhenChosen || (chosenKind !== undefined && f.kinds.includes(chosenKind))) && f.pattern.test(secret))

/** Formats a secret looks like a clipped copy of (prefix and characters fit, but it is too short). */
export const cutFormatsOf = (secret: string): TokenFormat[] => candidates(secret).filter((f) => f.cut !== undefined && secret.length < f.length.max && f.cut.test(secret))

import type { TokenView } from '../../../shared/domain/token'
import { hostName } from './token-format'

/** Columns the list can be sorted by. */
export type SortKey = 'label' | 'host' | 'account' | 'expiry' | 'status'

/** Worst first: what needs attention sorts to the top when sorting by status. */
const STATUS_RANK: Record<string, number> = {
  expired: 0, revoked: 1, invalid: 2, 'missing-scopes': 3, 'pending-approval': 4, 'host-error': 5, unreachable: 6, 'rate-limited': 7, unchecked: 8, valid: 9,
}

/** One collator for every comparison: `localeCompare` with options builds a new one per call (slow at 1,000 rows). */
const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
const text = (a: string, b: string) => collator.compare(a, b)

/** Label order per list (collator-equal labels share a rank): the tie-breaker becomes a number comparison. */
const labelRanks = new WeakMap<readonly TokenView[], Map<TokenView, number>>()
const labelRankOf = (tokens: readonly TokenView[]): Map<TokenView, number> => {
  let ranks = labelRanks.get(tokens)
  if (!ranks) {
    const byLabel = [...tokens].sort((a, b) => text(a.label, b.label))
    ranks = new Map()
    byLabel.forEach((t, i) => ranks!.set(t, i > 0 && text(byLabel[i - 1]!.label, t.label) === 0 ? ranks!.get(byLabel[i - 1]!)! : i))
    labelRanks.set(tokens, ranks)
  }
  return ranks
}

/** The primary sort key of a token, computed once per sort (Date parsing per comparison made Expires slow). */
const keyOf = (t: TokenView, key: SortKey): number | readonly string[] => {
  switch (key) {
    case 'host':
      return [hostName(t.host), t.url]
    case 'account':
      return [t.username ?? '\uffff']
    case 'expiry': {
      // Soonest first; tokens without an expiry (or with an unreadable one) last.
      const at = t.expiresAt ? Date.parse(t.expiresAt) : NaN
      return Number.isNaN(at) ? Infinity : at
    }
    case 'status':
      return STATUS_RANK[t.status] ?? 8
    default:
      return 0
  }
}

const compareKeys = (a: number | readonly string[], b: number | readonly string[]): number => {
  if (typeof a === 'number' || typeof b === 'number') return a === b ? 0 : (a as number) < (b as number) ? -1 : 1
  for (let i = 0; i < a.length; i++) {
    const order = text(a[i]!, b[i]!)
    if (order) return order
  }
  return 0
}

/** Sorts by a column (label as the tie-breaker), ascending or descending. */
export const sortTokens = (tokens: readonly TokenView[], key: SortKey, descending: boolean): TokenView[] => {
  const ranks = labelRankOf(tokens)
  const keyed = tokens.map((t) => ({ t, key: keyOf(t, key), rank: ranks.get(t)! }))
  keyed.sort((a, b) => {
    const primary = compareKeys(a.key, b.key) || a.rank - b.rank
    return descending ? -primary : primary
  })
  return keyed.map((k) => k.t)
}

/** Searchable text per token object; a changed token is a new object, so it never goes stale. */
const haystacks = new WeakMap<TokenView, string>()
const haystackOf = (t: TokenView): string => {
  let text = haystacks.get(t)
  if (text === undefined) {
    text = [t.label, t.host, hostName(t.host), t.url, t.username ?? '', t.email ?? '', t.org ?? '', t.purpose ?? '', ...t.scopes, ...t.usedIn.map((n) => n.text)].join(' ').toLowerCase()
    haystacks.set(t, text)
  }
  return text
}

/** Keeps tokens whose label, host, URL, account, notes or scopes contain every word of the query. */
export const searchTokens = (tokens: readonly TokenView[], query: string): TokenView[] => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (!words.length) return [...tokens]
  return tokens.filter((t) => {
    const haystack = haystackOf(t)
    return words.every((w) => haystack.includes(w))
  })
}

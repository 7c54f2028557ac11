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

const compare = (a: TokenView, b: TokenView, key: SortKey): number => {
  switch (key) {
    case 'host':
      return text(hostName(a.host), hostName(b.host)) || text(a.url, b.url)
    case 'account':
      return text(a.username ?? '\uffff', b.username ?? '\uffff')
    case 'expiry':
      // Soonest first; tokens without an expiry last.
      return (a.expiresAt ? Date.parse(a.expiresAt) : Infinity) - (b.expiresAt ? Date.parse(b.expiresAt) : Infinity) || 0
    case 'status':
      return (STATUS_RANK[a.status] ?? 8) - (STATUS_RANK[b.status] ?? 8)
    default:
      return 0
  }
}

/** Sorts by a column (label as the tie-breaker), ascending or descending. */
export const sortTokens = (tokens: readonly TokenView[], key: SortKey, descending: boolean): TokenView[] =>
  [...tokens].sort((a, b) => {
    const primary = compare(a, b, key) || text(a.label, b.label)
    return descending ? -primary : primary
  })

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

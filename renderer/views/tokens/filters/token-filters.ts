import type { HostKind } from '../../../../shared/domain/hosts'
import type { TokenView } from '../../../../shared/domain/token'
import { EXPIRING_WITHIN_DAYS, isExpired, isExpiring, needsAttention } from '../list-summary'

/** The status groups the list can be filtered by ('all' = no status filter). */
export type StatusFilter = 'all' | 'valid' | 'attention' | 'expiring' | 'expired' | 'unchecked'

/** What the list is narrowed to: a status group and a host kind ('all' = any). */
export interface TokenFilter {
  status: StatusFilter
  host: HostKind | 'all'
}

/** No filter: every token shows. */
export const NO_FILTER: TokenFilter = { status: 'all', host: 'all' }

/** Each status group's words and rule; the rules are the list header's own (list-summary.ts). */
export const STATUS_FILTERS: { key: Exclude<StatusFilter, 'all'>; label: string; matches(t: TokenView, now: Date): boolean }[] = [
  { key: 'valid', label: 'Valid', matches: (t, now) => t.status === 'valid' && !isExpired(t, now) },
  { key: 'attention', label: 'Needs attention', matches: needsAttention },
  { key: 'expiring', label: `Expiring within ${EXPIRING_WITHIN_DAYS} days`, matches: isExpiring },
  { key: 'expired', label: 'Expired', matches: isExpired },
  { key: 'unchecked', label: 'Not checked yet', matches: (t) => t.status === 'unchecked' },
]

/** Keeps the tokens in the chosen status group and host kind. */
export const filterTokens = (tokens: readonly TokenView[], filter: TokenFilter, now: Date): readonly TokenView[] => {
  if (filter.status === 'all' && filter.host === 'all') return tokens
  const status = STATUS_FILTERS.find((f) => f.key === filter.status)
  return tokens.filter((t) => (filter.host === 'all' || t.host === filter.host) && (!status || status.matches(t, now)))
}

/** True when any filter narrows the list. */
export const isFiltered = (filter: TokenFilter): boolean => filter.status !== 'all' || filter.host !== 'all'

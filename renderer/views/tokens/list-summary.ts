import type { TokenView } from '../../../shared/domain/token'
import { daysUntil } from './token-format'

/** Statuses the list header counts as "need attention". */
const ATTENTION = new Set(['invalid', 'expired', 'revoked', 'missing-scopes'])

/** Days ahead the header looks for tokens about to expire. */
export const EXPIRING_WITHIN_DAYS = 14

/**
 * The one-line count above the list: how many tokens, how many expire within 14 days (today included, an
 * already-expired token is not "expiring" and is counted as needing attention instead) and how many need attention.
 */
export const listSummary = (tokens: readonly TokenView[], now: Date): string => {
  const soon = tokens.filter((t) => {
    const days = daysUntil(t.expiresAt, now)
    return days !== null && days >= 0 && days < EXPIRING_WITHIN_DAYS
  }).length
  const bad = tokens.filter((t) => ATTENTION.has(t.status) || (daysUntil(t.expiresAt, now) ?? 0) < 0).length
  return [`${tokens.length} token${tokens.length === 1 ? '' : 's'}`, soon ? `${soon} expiring within ${EXPIRING_WITHIN_DAYS} days` : '', bad ? `${bad} need${bad === 1 ? 's' : ''} attention` : '']
    .filter(Boolean)
    .join(' \u00b7 ')
}

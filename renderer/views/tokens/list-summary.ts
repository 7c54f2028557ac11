import { ATTENTION_STATUSES, type TokenView } from '../../../shared/domain/token'
import { daysUntil } from './token-format'

/** Days ahead the header looks for tokens about to expire. */
export const EXPIRING_WITHIN_DAYS = 14

/** Expires within 14 days, today included; an already-expired token is not "expiring". */
export const isExpiring = (t: TokenView, now: Date): boolean => {
  const days = daysUntil(t.expiresAt, now)
  return days !== null && days >= 0 && days < EXPIRING_WITHIN_DAYS
}

/** Past its expiry date, or the host said it expired. */
export const isExpired = (t: TokenView, now: Date): boolean => t.status === 'expired' || (daysUntil(t.expiresAt, now) ?? 0) < 0

/** The host refused it or found it short of scopes, or it is past its expiry date. */
export const needsAttention = (t: TokenView, now: Date): boolean => ATTENTION_STATUSES.has(t.status) || (daysUntil(t.expiresAt, now) ?? 0) < 0

/**
 * The one-line count above the list: how many tokens, how many expire within 14 days (today included, an
 * already-expired token is not "expiring" and is counted as needing attention instead) and how many need attention.
 */
export const listSummary = (tokens: readonly TokenView[], now: Date): string => {
  const soon = tokens.filter((t) => isExpiring(t, now)).length
  const bad = tokens.filter((t) => needsAttention(t, now)).length
  return [`${tokens.length} token${tokens.length === 1 ? '' : 's'}`, soon ? `${soon} expiring within ${EXPIRING_WITHIN_DAYS} days` : '', bad ? `${bad} need${bad === 1 ? 's' : ''} attention` : '']
    .filter(Boolean)
    .join(' \u00b7 ')
}

import { expiryInstant } from '../../shared/domain/expiry'
import type { AlertState, TokenRecord } from '../../shared/domain/token'

/**
 * The fingerprint alert history is kept for: the expiry instant and the secret's start. A renewal (new secret)
 * or a new expiry gives a new basis, so the old "already sent" keys and snooze no longer apply.
 */
export const alertBasis = (record: Pick<TokenRecord, 'expiresAt' | 'rotatedAt' | 'createdAt'>): string =>
  `${expiryInstant(record.expiresAt)?.toISOString() ?? 'none'}|${record.rotatedAt ?? record.createdAt}`

/**
 * The history that applies to the token as it is now. A history without a basis (written before the engine
 * ran, or just reset by a rotation) is taken as it is.
 */
export const currentHistory = (record: TokenRecord): AlertState => {
  const alerts = record.alerts ?? { sent: [] }
  if (alerts.basis === undefined || alerts.basis === alertBasis(record)) return { ...alerts, sent: [...(alerts.sent ?? [])] }
  return { sent: [], basis: alertBasis(record) }
}

/**
 * The history after snoozing a token's alerts until `until`. `reopen` names alerts already shown that should
 * come back when the snooze ends (the one the user snoozed), if they still apply then.
 */
export const snoozeHistory = (record: TokenRecord, until: Date, reopen: readonly string[] = []): AlertState => {
  const history = currentHistory(record)
  return { ...history, sent: history.sent.filter((k) => !reopen.includes(k)), basis: alertBasis(record), snoozedUntil: until.toISOString() }
}

import type { CheckResult, TokenRecord } from '../../shared/domain/token'

const norm = (value: string | undefined) => value?.trim().toLowerCase() || undefined

/** The account a record's last check saw (login, else email), if any. */
export const accountOf = (record: Pick<TokenRecord, 'lastCheck'>): string | undefined => record.lastCheck?.identity?.login ?? record.lastCheck?.identity?.email

/**
 * Same account? `mismatch` when both sides are known and differ (case-insensitive, as hosts treat logins);
 * `unknown` when either side is not known (never checked, or the host does not say who).
 */
export const compareAccounts = (record: Pick<TokenRecord, 'lastCheck'>, check: CheckResult): { verdict: 'same' | 'mismatch' | 'unknown'; before?: string; after?: string } => {
  const before = accountOf(record)
  const after = check.identity?.login ?? check.identity?.email
  if (!norm(before) || !norm(after)) return { verdict: 'unknown', before, after }
  const same = norm(before) === norm(after) || (check.identity?.emails ?? []).some((e) => norm(e) === norm(before))
  return { verdict: same ? 'same' : 'mismatch', before, after }
}

/** Scopes the old token had that the new token's check does not report (empty when the host does not say). */
export const lostScopes = (oldScopes: readonly string[], check: CheckResult): string[] => {
  if (!check.scopes) return []
  const now = new Set(check.scopes.map((s) => s.toLowerCase()))
  return oldScopes.filter((s) => !now.has(s.toLowerCase()))
}

import type { TokenExpiry } from '../../shared/domain/expiry'

/** One row of `patkeeper export --format json|csv` and `patkeeper expiring --json`: a stable, documented shape. */
export interface ExpiryRow {
  id: string
  label: string
  host: string
  url: string
  /** Expiry instant (ISO 8601, UTC) or null. */
  expiresAt: string | null
  expirySource: 'host' | 'user' | null
  /** Whole days left rounded up (0 or negative once expired), null without an expiry. */
  daysLeft: number | null
  /** Expiry state: expired, revoked, expiring, rotation-advised, stale-check, unknown-expiry or ok. */
  state: string
  /** Last validation status or `unchecked`. */
  status: string
  usedIn: string[]
}

/** The stable row for one token. */
export const toRow = (t: TokenExpiry): ExpiryRow => ({
  id: t.id,
  label: t.label,
  host: t.host,
  url: t.url,
  expiresAt: t.expiresAt,
  expirySource: t.expirySource,
  daysLeft: t.daysLeft,
  state: t.state,
  status: t.status,
  usedIn: t.usedIn,
})

/** JSON export: an array of rows, pretty-printed. */
export const toJson = (tokens: readonly TokenExpiry[]): string => `${JSON.stringify(tokens.map(toRow), null, 2)}\n`

/**
 * One CSV cell (RFC 4180 quoting). A cell that a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR) gets a leading apostrophe: labels and notes are user text (OWASP "CSV injection").
 */
export const csvCell = (value: string | number | null): string => {
  let text = value === null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV export with a header row, CRLF line ends. */
export const toCsv = (tokens: readonly TokenExpiry[]): string => {
  const header = ['id', 'label', 'host', 'url', 'expires_at', 'expiry_source', 'days_left', 'state', 'status', 'used_in']
  const rows = tokens.map(toRow).map((r) => [r.id, r.label, r.host, r.url, r.expiresAt, r.expirySource, r.daysLeft, r.state, r.status, r.usedIn.join('; ')].map(csvCell).join(','))
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`
}

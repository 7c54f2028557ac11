import { toTokenView, type TokenRecord, type TokenView } from '../../shared/domain/token'

/**
 * The `--json` shape of a token (stable; documented in `patkeeper list --help`): every record field plus
 * `status`. It has at least id, label, host, url, username, scopes, expiresAt, expirySource and status,
 * and never the secret (records do not hold it).
 */
export const tokenJson = (record: TokenRecord): TokenView => {
  const view = toTokenView(record)
  return { ...view, username: view.username ?? null } as TokenView
}

/** Calendar days from today to an ISO date (0 = today, negative when past); null when there is no date. */
export const daysLeft = (expiresAt: string | null, now: Date): number | null => {
  if (!expiresAt) return null
  const when = expiresAt.length === 10 ? new Date(`${expiresAt}T00:00:00`) : new Date(expiresAt)
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
  return Number.isNaN(when.getTime()) ? null : Math.round((midnight(when) - midnight(now)) / 86_400_000)
}

/** "2026-12-01 (10 days)", "expired 3 days ago", or "no expiry". */
export const expiryText = (expiresAt: string | null, now: Date): string => {
  const days = daysLeft(expiresAt, now)
  if (days === null || !expiresAt) return 'no expiry'
  const date = expiresAt.slice(0, 10)
  if (days < 0) return `${date} (expired)`
  return `${date} (${days} day${days === 1 ? '' : 's'})`
}

/** Pads columns of a plain-text table. */
export const table = (rows: string[][]): string => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n')
}

/** A record as `patkeeper show` prints it: one fact per line. */
export const describeRecord = (t: TokenRecord, now: Date): string => {
  const lines: [string, string | undefined][] = [
    ['Label', t.label],
    ['Id', t.id],
    ['Host', `${t.host} ${t.url}`],
    ['Organization', t.org],
    ['Collection', t.collection],
    ['Region', t.region],
    ['Username', t.username],
    ['Email', t.email],
    ['Purpose', t.purpose],
    ['Scopes', t.scopes.length ? t.scopes.join(', ') : undefined],
    ['Type', t.tokenType],
    ['Expires', `${expiryText(t.expiresAt, now)}${t.expirySource ? ` [from ${t.expirySource}]` : ''}`],
    ['Status', t.lastCheck ? `${t.lastCheck.status} (checked ${t.lastCheck.checkedAt}): ${t.lastCheck.message}` : 'not checked yet'],
    ['Added', t.createdAt],
    ['Rotated', t.rotatedAt ? `${t.rotatedAt} (${t.rotations.length} rotation${t.rotations.length === 1 ? '' : 's'})` : undefined],
    ['Used in', t.usedIn.length ? t.usedIn.map((n) => n.text).join('; ') : undefined],
    ['Git', t.gitBindings.length ? t.gitBindings.map((b) => (b.scope === 'repo' ? `repo ${b.repoPath ?? ''}` : 'global')).join('; ') : undefined],
  ]
  return lines.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${`${k}:`.padEnd(14)}${v}`).join('\n')
}

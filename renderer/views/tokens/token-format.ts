import type { HostKind } from '../../../shared/domain/hosts'
import { HOST_CATALOG } from '../../../shared/hosts/catalog'

/** The host kind's name as people know it ("GitHub.com", "GitLab self-managed"). */
export const hostName = (kind: HostKind): string => HOST_CATALOG[kind]?.displayName ?? kind

/** The host part of a URL, for compact display ("git.example.com:8443"). */
export const hostOf = (url: string): string => {
  try {
    const u = new URL(url)
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`
  } catch {
    return url
  }
}

/** Local midnight of a date; a date-only ISO string means that calendar day, not UTC midnight. */
const midnight = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()

/** Calendar days from today until `iso` (0 = today, negative when past); null without a date. */
export const daysUntil = (iso: string | null, now: Date): number | null => {
  if (!iso) return null
  const when = iso.length === 10 ? new Date(`${iso}T00:00:00`) : new Date(iso)
  return Number.isNaN(when.getTime()) ? null : Math.round((midnight(when) - midnight(now)) / 86_400_000)
}

// One formatter each, made once: toLocaleDateString with options builds a new one per call (150 rows per sort).
const DATE_WORDS = { day: 'numeric', month: 'short', year: 'numeric' } as const
const localDate = new Intl.DateTimeFormat(undefined, DATE_WORDS)
const utcDate = new Intl.DateTimeFormat(undefined, { ...DATE_WORDS, timeZone: 'UTC' })

/** "21 Nov 2026" in the user's locale, from an ISO date or time. */
export const formatDate = (iso: string | undefined | null): string => {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  return Number.isNaN(date.getTime()) ? iso : (iso.length === 10 ? utcDate : localDate).format(date)
}

/** "Dec 6, 2026, 14:30 UTC": the same date words as formatDate, with the UTC time the hosts count in. */
export const formatDateTimeUtc = (iso: string): string => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${utcDate.format(date)}, ${iso.length === 10 ? '00:00' : date.toISOString().slice(11, 16)} UTC`
}

/** Expiry as a short phrase and a tone for the badge. */
export const expiryPhrase = (iso: string | null, now: Date): { text: string; tone: 'ok' | 'warn' | 'danger' | 'none' } => {
  const days = daysUntil(iso, now)
  if (days === null) return { text: 'No expiry', tone: 'none' }
  if (days < 0) return { text: `Expired ${-days === 1 ? 'yesterday' : `${-days} days ago`}`, tone: 'danger' }
  if (days === 0) return { text: 'Expires today', tone: 'danger' }
  if (days <= 7) return { text: `${days} day${days === 1 ? '' : 's'} left`, tone: 'danger' }
  if (days <= 30) return { text: `${days} days left`, tone: 'warn' }
  return { text: `${days} days left`, tone: 'ok' }
}

import type { HostKind } from './hosts'
import type { TokenStatus } from './token'

/** One day in milliseconds; expiry arithmetic is done on UTC instants, never on local calendar days. */
export const DAY_MS = 86_400_000

/**
 * A token's expiry state, most urgent first:
 * - `expired`: the expiry instant has passed, or the host said "expired";
 * - `revoked`: the host refuses the token (revoked or invalid) although it has not expired;
 * - `expiring`: expires within the largest alert threshold;
 * - `rotation-advised`: no expiry, and the secret is older than the rotation advice age;
 * - `stale-check`: not confirmed with the host for two re-check intervals (or the last check failed to reach it);
 * - `unknown-expiry`: nobody (host or user) has said when it expires;
 * - `ok`: expires later than every threshold, or never expires and is young.
 */
export const EXPIRY_STATES = ['expired', 'revoked', 'expiring', 'rotation-advised', 'stale-check', 'unknown-expiry', 'ok'] as const

/** One expiry state. */
export type ExpiryState = (typeof EXPIRY_STATES)[number]

/** The tray icon's three looks: the worst state of all tokens. */
export type WorstLevel = 'ok' | 'expiring' | 'expired'

/** What the engine says about one token. */
export interface TokenExpiry {
  id: string
  label: string
  host: HostKind
  url: string
  /** The most urgent state (see EXPIRY_STATES). */
  state: ExpiryState
  /** Every state that applies (e.g. expiring and stale-check). */
  flags: ExpiryState[]
  /** The instant the token stops working (ISO, UTC), or null when it never expires or nobody knows. */
  expiresAt: string | null
  expirySource: 'host' | 'user' | null
  /** True when the host or the user said the token never expires. */
  neverExpires: boolean
  /** Milliseconds until expiry (negative once expired), null without an expiry. */
  msLeft: number | null
  /** Whole days left, rounded up (so a 7-day alert says "7 days"), null without an expiry. */
  daysLeft: number | null
  /** Days since the secret was created or last rotated. */
  ageDays: number
  status: TokenStatus
  /** ISO time until which alerts are snoozed, when snoozed now. */
  snoozedUntil?: string
  /** Where the token is pasted and where git uses it: what breaks when it expires. */
  usedIn: string[]
  gitBindings: number
}

/** Kinds of alert: a threshold before expiry, the expiry itself, host refusal, and age advice. */
export type AlertKind = 'threshold' | 'expired' | 'revoked' | 'age'

/** One alert the engine says is due now. */
export interface DueAlert {
  tokenId: string
  /** History key: `30d`, `expired`, `revoked` or `age`. */
  key: string
  kind: AlertKind
  /** For threshold alerts: the threshold in days. */
  thresholdDays?: number
}

/** The engine's view of every token, for the timeline, the tray and `patkeeper expiring`. */
export interface ExpiryOverview {
  /** ISO time the overview was computed. */
  now: string
  tokens: TokenExpiry[]
  worst: WorstLevel
  thresholdsDays: number[]
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The instant a stored expiry means, or null. A date without a time (GitLab's `expires_at`, a date the user
 * picked) means the START of that date in UTC: GitLab documents that its tokens expire at midnight UTC on
 * that date, and for other hosts it is the safe reading (the warning comes early, never late).
 * GitHub reports a timestamp (`GitHub-Authentication-Token-Expiration`), used as is.
 */
export const expiryInstant = (expiresAt: string | null | undefined): Date | null => {
  if (!expiresAt) return null
  const text = expiresAt.trim()
  const ms = DATE_ONLY.test(text) ? Date.parse(`${text}T00:00:00Z`) : Date.parse(text)
  return Number.isFinite(ms) ? new Date(ms) : null
}

/** Whole days left, rounded up; 0 or less once expired. */
export const daysLeftOf = (msLeft: number): number => Math.ceil(msLeft / DAY_MS)

/** "in 5 days", "in 3 hours", "today", "2 days ago": short words for a time left. */
export const describeTimeLeft = (msLeft: number): string => {
  if (msLeft <= 0) {
    const ago = Math.floor(-msLeft / DAY_MS)
    return ago === 0 ? 'expired today' : `expired ${ago} ${ago === 1 ? 'day' : 'days'} ago`
  }
  if (msLeft < DAY_MS) {
    const hours = Math.max(1, Math.ceil(msLeft / 3_600_000))
    return `expires in ${hours} ${hours === 1 ? 'hour' : 'hours'}`
  }
  const days = daysLeftOf(msLeft)
  return `expires in ${days} ${days === 1 ? 'day' : 'days'}`
}

/** `2026-12-01 00:00 UTC`: an instant as people read it, in UTC so it matches the host's own wording. */
export const formatUtc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

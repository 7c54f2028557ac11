import { describeTimeLeft, type ExpiryState, type TokenExpiry } from '../../../shared/domain/expiry'
import { formatDateTimeUtc } from '../tokens/token-format'

const LOOK: Record<ExpiryState, { label: string; tone: string }> = {
  expired: { label: 'Expired', tone: 'badge-danger' },
  revoked: { label: 'Refused by host', tone: 'badge-danger' },
  expiring: { label: 'Expiring', tone: 'badge-warn' },
  'rotation-advised': { label: 'Rotation advised', tone: 'badge-warn' },
  'stale-check': { label: 'Not checked lately', tone: 'badge-info' },
  'unknown-expiry': { label: 'Expiry unknown', tone: '' },
  ok: { label: 'OK', tone: 'badge-ok' },
}

/** A token's expiry state as a pill. */
export const ExpiryBadge = ({ state }: { state: ExpiryState }) => (
  <span className={`badge ${LOOK[state].tone}`} data-expiry-state={state}>
    {LOOK[state].label}
  </span>
)

/** "expires in 5 days", "no expiry", "expiry unknown". */
export const timeLeftText = (t: TokenExpiry): string => {
  if (t.msLeft !== null) return describeTimeLeft(t.msLeft)
  return t.neverExpires ? 'no expiry' : 'expiry unknown'
}

/** "Nov 26, 2026, 10:30 UTC" (one date format across the app) and the local time next to it, when they differ in date or hour. */
export const expiryWhen = (t: TokenExpiry): string => {
  if (!t.expiresAt) return t.neverExpires ? 'Never expires' : 'Not known'
  const when = new Date(t.expiresAt)
  if (when.getTimezoneOffset() === 0) return formatDateTimeUtc(t.expiresAt) // local time is UTC: say it once
  const local = when.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })
  return `${formatDateTimeUtc(t.expiresAt)} (${local} your time)`
}

/** Where the token is used: notes and git, in one line. */
export const breaksText = (t: TokenExpiry): string => {
  const parts = [...t.usedIn]
  if (t.gitBindings > 0) parts.push(`git on this computer (${t.gitBindings} ${t.gitBindings === 1 ? 'setup' : 'setups'})`)
  return parts.length > 0 ? parts.join(' · ') : 'No places noted'
}

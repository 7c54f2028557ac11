import { describeTimeLeft, formatUtc, type DueAlert, type ExpiryOverview, type TokenExpiry } from '../../shared/domain/expiry'
import type { NavigateRequest } from '../../shared/ipc/channels/app'
import { hostSpec } from '../../shared/hosts/catalog'

/** What a notification's buttons do (where the platform shows buttons). */
export type NotificationAction = { id: 'renew' | 'snooze'; label: string }

/** One OS notification, described without Electron so it can be tested. */
export interface NotificationSpec {
  /** Stable id (the alert keys it covers), so a platform can replace rather than stack. */
  id: string
  title: string
  body: string
  tokenIds: string[]
  /** Where a click takes the user: the renewal flow for one token, the timeline for a group. */
  click: NavigateRequest
  actions: NotificationAction[]
  urgency: 'normal' | 'critical'
}

/** More tokens than this falling due at once become one grouped notification. */
export const GROUP_ABOVE = 3
/** How long the "Snooze" action snoozes a token. */
export const SNOOZE_HOURS = 24

const rank = (a: DueAlert): number => (a.kind === 'expired' ? 0 : a.kind === 'revoked' ? 1 : a.kind === 'threshold' ? 2 + (a.thresholdDays ?? 0) : 10_000)

/** The one alert shown per token: the most urgent of those due (crossing 30, 14 and 7 days at once shows "7"). */
const mostUrgentPerToken = (due: readonly DueAlert[]): DueAlert[] => {
  const best = new Map<string, DueAlert>()
  for (const alert of due) {
    const seen = best.get(alert.tokenId)
    if (!seen || rank(alert) < rank(seen)) best.set(alert.tokenId, alert)
  }
  return [...best.values()].sort((a, b) => rank(a) - rank(b))
}

const hostName = (token: TokenExpiry): string => hostSpec(token.host)?.displayName ?? token.host

/** Title and body for one token's alert, in plain words that say what breaks and what to do. */
export const alertText = (alert: DueAlert, token: TokenExpiry): { title: string; body: string } => {
  const name = `${hostName(token)} token "${token.label}"`
  const where = token.usedIn.length > 0 ? ` It is used in: ${token.usedIn.slice(0, 3).join(', ')}${token.usedIn.length > 3 ? '…' : ''}.` : ''
  switch (alert.kind) {
    case 'expired':
      return { title: `${name} has expired`, body: `Git and tools using it now fail to sign in. Renew it to create a new token and swap it in.${where}` }
    case 'revoked':
      return { title: `${name} no longer works`, body: `${hostName(token)} refuses it (revoked or invalid). Renew it with a new token.${where}` }
    case 'age':
      return { title: `Time to rotate ${name}`, body: `It has no expiry and is ${token.ageDays} days old. Rotating keys regularly limits the damage of a leak.` }
    case 'threshold':
      return {
        title: `${name} ${token.msLeft === null ? 'expires soon' : describeTimeLeft(token.msLeft)}`,
        body: `It stops working on ${token.expiresAt ? formatUtc(token.expiresAt) : 'its expiry date'}. Renew it now so nothing breaks.${where}`,
      }
  }
}

/**
 * Turns the engine's due alerts into OS notifications: one per token (its most urgent alert), or one grouped
 * notification when more than GROUP_ABOVE tokens fall due at once. Clicking opens the renewal flow.
 */
export const buildNotifications = (due: readonly DueAlert[], overview: Pick<ExpiryOverview, 'tokens'>): NotificationSpec[] => {
  const byId = new Map(overview.tokens.map((t) => [t.id, t]))
  const shown = mostUrgentPerToken(due).filter((a) => byId.has(a.tokenId))
  if (shown.length === 0) return []
  const critical = (a: DueAlert) => a.kind === 'expired' || a.kind === 'revoked' || (a.thresholdDays ?? Infinity) <= 3
  if (shown.length > GROUP_ABOVE) {
    const expired = shown.filter((a) => a.kind === 'expired' || a.kind === 'revoked').length
    const lines = shown.map((a) => {
      const t = byId.get(a.tokenId)!
      return `${t.label}: ${a.kind === 'age' ? 'rotation advised' : a.kind === 'revoked' ? 'refused by the host' : t.msLeft === null ? 'expired' : describeTimeLeft(t.msLeft)}`
    })
    return [
      {
        id: `group:${shown.map((a) => `${a.tokenId}/${a.key}`).join(',')}`,
        title: `${shown.length} tokens need attention${expired > 0 ? ` (${expired} no longer work)` : ''}`,
        body: `${lines.slice(0, 4).join('\n')}${lines.length > 4 ? `\n…and ${lines.length - 4} more` : ''}`,
        tokenIds: shown.map((a) => a.tokenId),
        click: { view: 'timeline' },
        actions: [],
        urgency: shown.some(critical) ? 'critical' : 'normal',
      },
    ]
  }
  return shown.map((a) => {
    const token = byId.get(a.tokenId)!
    return {
      id: `${a.tokenId}/${a.key}`,
      ...alertText(a, token),
      tokenIds: [a.tokenId],
      click: { view: 'renew', tokenId: a.tokenId },
      actions: [
        { id: 'renew', label: 'Renew…' },
        { id: 'snooze', label: `Snooze ${SNOOZE_HOURS} h` },
      ],
      urgency: critical(a) ? 'critical' : 'normal',
    }
  })
}

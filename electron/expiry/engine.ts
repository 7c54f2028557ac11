import { DAY_MS, expiryInstant, type DueAlert, type ExpiryOverview, type ExpiryState, type TokenExpiry, type WorstLevel } from '../../shared/domain/expiry'
import { DEFAULT_SETTINGS } from '../../shared/domain/settings'
import { tokenStatus, type AlertState, type TokenRecord } from '../../shared/domain/token'
import { alertBasis, currentHistory } from './history'

/** What the engine needs besides the tokens; every field has the documented default. */
export interface EnginePolicy {
  /** Days before expiry at which to alert (default 30, 14, 7, 3, 1). */
  thresholdsDays?: readonly number[]
  /** Age in days after which a key without expiry should be rotated (default 90). */
  rotationAdviceDays?: number
  /** Background re-check cadence in hours (default 24); a check older than twice this is stale. */
  recheckIntervalHours?: number
}

/** The engine's answer: every token's state, the alerts due now and the history to store once shown. */
export interface EngineResult extends ExpiryOverview {
  due: DueAlert[]
  /** New alert history per token id, only for tokens whose history changes when `due` is delivered. */
  nextAlerts: Record<string, AlertState>
  /** Earliest future instant at which some token's state or due alerts change (for the scheduler). */
  nextChangeAt: string | null
}

const ORDER: readonly ExpiryState[] = ['expired', 'revoked', 'expiring', 'rotation-advised', 'stale-check', 'unknown-expiry', 'ok']

/** Positive whole thresholds, unique, largest first; the defaults when none are usable. */
export const normaliseThresholds = (input: readonly number[] | undefined): number[] => {
  const clean = [...new Set((input ?? []).filter((n) => Number.isFinite(n) && n > 0).map((n) => Math.round(n)))].filter((n) => n > 0)
  return (clean.length > 0 ? clean : DEFAULT_SETTINGS.alertThresholdsDays).slice().sort((a, b) => b - a)
}

/** The secret's start: last rotation, else creation. */
const secretSince = (record: TokenRecord): number => Date.parse(record.rotatedAt ?? record.createdAt)

/**
 * The pure expiry engine: no timers, no I/O. Given the records, now and the policy it returns each token's
 * state and the alerts due. Rules: each threshold alerts once per token and only before expiry; the expiry
 * alerts once; a renewed token (new secret or new expiry) starts fresh; a snoozed token alerts nothing until
 * the snooze ends, then what is still due comes back; tokens without expiry only get the age advice.
 */
export const evaluateExpiry = (records: readonly TokenRecord[], now: Date, policy: EnginePolicy = {}): EngineResult => {
  const thresholds = normaliseThresholds(policy.thresholdsDays)
  const adviceDays = policy.rotationAdviceDays ?? DEFAULT_SETTINGS.rotationAdviceDays
  const staleMs = 2 * (policy.recheckIntervalHours ?? DEFAULT_SETTINGS.recheckIntervalHours) * 3_600_000
  const nowMs = now.getTime()
  const tokens: TokenExpiry[] = []
  const due: DueAlert[] = []
  const nextAlerts: Record<string, AlertState> = {}
  let nextChange = Infinity

  for (const record of records) {
    const expiry = expiryInstant(record.expiresAt)
    const status = tokenStatus(record)
    const msLeft = expiry ? expiry.getTime() - nowMs : null
    const sinceMs = secretSince(record)
    // A clock behind the secret's start (or a record written while a clock ran ahead) never gives a negative age.
    const ageMs = Number.isFinite(sinceMs) ? Math.max(0, nowMs - sinceMs) : 0
    const neverExpires = !expiry && record.expirySource !== null && record.expirySource !== undefined
    const flags = new Set<ExpiryState>()
    const hostSaysExpired = status === 'expired'
    if ((msLeft !== null && msLeft <= 0) || hostSaysExpired) flags.add('expired')
    if (status === 'revoked' || status === 'invalid') flags.add('revoked')
    if (msLeft !== null && msLeft > 0 && msLeft <= thresholds[0]! * DAY_MS) flags.add('expiring')
    if (!expiry && ageMs >= adviceDays * DAY_MS) flags.add('rotation-advised')
    const checkedAt = record.lastCheck ? Date.parse(record.lastCheck.checkedAt) : NaN
    const unconfirmed = status === 'unreachable' || status === 'rate-limited' || status === 'host-error'
    // Never checked counts as stale only once the secret is older than the stale window (a new token is not "overdue").
    // A check dated in the future was made while the clock ran ahead: it proves nothing now, so ask for a new one.
    const confirmedAt = Number.isFinite(checkedAt) ? (checkedAt <= nowMs ? checkedAt : -Infinity) : Number.isFinite(sinceMs) ? sinceMs : -Infinity
    if (nowMs - confirmedAt > staleMs || unconfirmed) flags.add('stale-check')
    if (!expiry && !neverExpires) flags.add('unknown-expiry')
    if (flags.size === 0) flags.add('ok')
    const ordered = ORDER.filter((s) => flags.has(s))

    // Upcoming changes: threshold crossings, expiry, the age advice and the end of a snooze.
    const marks: number[] = []
    if (expiry) marks.push(expiry.getTime(), ...thresholds.map((n) => expiry.getTime() - n * DAY_MS))
    else if (Number.isFinite(sinceMs)) marks.push(sinceMs + adviceDays * DAY_MS)

    const history = currentHistory(record)
    const snoozedUntilMs = history.snoozedUntil ? Date.parse(history.snoozedUntil) : NaN
    const snoozed = Number.isFinite(snoozedUntilMs) && snoozedUntilMs > nowMs
    if (snoozed) marks.push(snoozedUntilMs)
    for (const m of marks) if (m > nowMs && m < nextChange) nextChange = m

    const wanted: DueAlert[] = []
    if (flags.has('expired')) wanted.push({ tokenId: record.id, key: 'expired', kind: 'expired' })
    else if (flags.has('revoked')) wanted.push({ tokenId: record.id, key: 'revoked', kind: 'revoked' })
    else if (msLeft !== null) {
      for (const n of thresholds) if (msLeft <= n * DAY_MS) wanted.push({ tokenId: record.id, key: `${n}d`, kind: 'threshold', thresholdDays: n })
    } else if (flags.has('rotation-advised')) wanted.push({ tokenId: record.id, key: 'age', kind: 'age' })
    const fresh = wanted.filter((a) => !history.sent.includes(a.key))

    const basis = alertBasis(record)
    const basisChanged = record.alerts?.basis !== basis
    if (!snoozed && fresh.length > 0) {
      due.push(...fresh)
      nextAlerts[record.id] = { ...history, basis, sent: [...history.sent, ...fresh.map((a) => a.key)] }
    } else if (basisChanged && ((record.alerts?.sent.length ?? 0) > 0 || record.alerts?.snoozedUntil)) {
      nextAlerts[record.id] = { ...history, basis }
    }

    tokens.push({
      id: record.id,
      label: record.label,
      host: record.host,
      url: record.url,
      state: ordered[0]!,
      flags: ordered,
      expiresAt: expiry ? expiry.toISOString() : null,
      expirySource: record.expirySource ?? null,
      neverExpires,
      msLeft,
      daysLeft: msLeft === null ? null : Math.ceil(msLeft / DAY_MS),
      ageDays: Math.floor(ageMs / DAY_MS),
      status,
      ...(snoozed ? { snoozedUntil: new Date(snoozedUntilMs).toISOString() } : {}),
      usedIn: record.usedIn.map((n) => n.text),
      gitBindings: record.gitBindings.length,
    })
  }
  tokens.sort(byUrgency)
  return { now: now.toISOString(), tokens, worst: worstOf(tokens), thresholdsDays: thresholds, due, nextAlerts, nextChangeAt: Number.isFinite(nextChange) ? new Date(nextChange).toISOString() : null }
}

/** Most urgent first: by state, then soonest expiry, then label. */
export const byUrgency = (a: TokenExpiry, b: TokenExpiry): number =>
  ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || (a.msLeft ?? Infinity) - (b.msLeft ?? Infinity) || a.label.localeCompare(b.label)

/** The tray icon's level: expired (or refused by the host) beats expiring beats ok. */
export const worstOf = (tokens: readonly TokenExpiry[]): WorstLevel =>
  tokens.some((t) => t.state === 'expired' || t.state === 'revoked') ? 'expired' : tokens.some((t) => t.flags.includes('expiring')) ? 'expiring' : 'ok'

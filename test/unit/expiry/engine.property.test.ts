import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TokenRecord } from '../../../shared/domain/token'
import { evaluateExpiry } from '../../../electron/expiry/engine'
import { snoozeHistory } from '../../../electron/expiry/history'
import { record } from './fixtures'

const DAY = 86_400_000
const HOUR = 3_600_000
const START = Date.parse('2026-11-21T08:00:00Z')
const THRESHOLDS = [30, 14, 7, 3, 1]

/** A token's expiry as stored: a host timestamp or a date-only value (GitLab, or a date the user picked). */
const expiryArb = fc.oneof(
  fc.integer({ min: -5 * DAY, max: 60 * DAY }).map((offset) => new Date(START + offset).toISOString()),
  fc.integer({ min: -5, max: 60 }).map((days) => new Date(START + days * DAY).toISOString().slice(0, 10)),
)
/** What the model says a stored expiry means: date-only values are the start of that UTC day. */
const instant = (stored: string) => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(stored) ? `${stored}T00:00:00Z` : stored)

/** One step of the simulation: time moves on, the engine runs; sometimes the user renews or snoozes. */
const stepArb = fc.record({
  advance: fc.integer({ min: 1, max: 5 * DAY }),
  renew: fc.option(fc.record({ token: fc.nat(), lifetime: fc.integer({ min: DAY, max: 90 * DAY }), resetHistory: fc.boolean() }), { freq: 6 }),
  snooze: fc.option(fc.record({ token: fc.nat(), hours: fc.integer({ min: 1, max: 96 }) }), { freq: 5 }),
  /** A background validation: the host confirms the expiry, reports another one, or cannot be reached. */
  check: fc.option(fc.record({ token: fc.nat(), outcome: fc.constantFrom('same', 'moved', 'unreachable'), expiry: expiryArb }), { freq: 3 }),
})

interface Emitted { tokenId: string; key: string; at: number; epoch: number }

/** Runs the engine over a sequence of checks, storing alert history as the scheduler does. */
interface Step {
  advance: number
  renew: { token: number; lifetime: number; resetHistory: boolean } | null
  snooze: { token: number; hours: number } | null
  check?: { token: number; outcome: 'same' | 'moved' | 'unreachable'; expiry: string } | null
}

const simulate = (expiries: string[], steps: Step[]) => {
  let tokens: TokenRecord[] = expiries.map((expiresAt, i) => record({ id: `t${i}`, expiresAt, expirySource: 'host', createdAt: '2026-10-01T00:00:00.000Z', lastCheck: { status: 'valid', checkedAt: new Date(START).toISOString(), message: '' } }))
  const epochs = tokens.map(() => [{ expiry: 0, checks: [] as number[], snoozedUntil: -Infinity }])
  tokens.forEach((t, i) => (epochs[i]![0]!.expiry = instant(t.expiresAt!)))
  const emitted: Emitted[] = []
  let now = START
  for (const step of [{ advance: 0, renew: null, snooze: null }, ...steps]) {
    now += step.advance
    if (step.renew) {
      const i = step.renew.token % tokens.length
      const expiresAt = new Date(now + step.renew.lifetime).toISOString()
      const old = tokens[i]!
      tokens[i] = { ...old, expiresAt, rotatedAt: new Date(now).toISOString(), alerts: step.renew.resetHistory ? { sent: [] } : old.alerts }
      epochs[i]!.push({ expiry: instant(expiresAt), checks: [], snoozedUntil: -Infinity })
    }
    if (step.check) {
      const i = step.check.token % tokens.length
      const old = tokens[i]!
      const checkedAt = new Date(now).toISOString()
      if (step.check.outcome === 'unreachable') tokens[i] = { ...old, lastCheck: { status: 'unreachable', checkedAt, message: '' } }
      else {
        const expiresAt = step.check.outcome === 'same' ? old.expiresAt! : step.check.expiry
        tokens[i] = { ...old, expiresAt, lastCheck: { status: 'valid', checkedAt, message: '' } }
        if (instant(expiresAt) !== epochs[i]!.at(-1)!.expiry) epochs[i]!.push({ expiry: instant(expiresAt), checks: [], snoozedUntil: -Infinity })
      }
    }
    const result = evaluateExpiry(tokens, new Date(now), { thresholdsDays: THRESHOLDS })
    tokens.forEach((t, i) => {
      const epoch = epochs[i]!.at(-1)!
      if (now >= epoch.snoozedUntil) epoch.checks.push(now)
    })
    for (const alert of result.due) emitted.push({ tokenId: alert.tokenId, key: alert.key, at: now, epoch: epochs[Number(alert.tokenId.slice(1))]!.length - 1 })
    tokens = tokens.map((t) => (result.nextAlerts[t.id] ? { ...t, alerts: result.nextAlerts[t.id]! } : t))
    if (step.snooze) {
      const i = step.snooze.token % tokens.length
      const until = now + step.snooze.hours * HOUR
      tokens[i] = { ...tokens[i]!, alerts: snoozeHistory(tokens[i]!, new Date(until)) }
      epochs[i]!.at(-1)!.snoozedUntil = until
    }
  }
  return { emitted, epochs }
}

/** The alerts a token's secret should get: threshold N iff some unsnoozed check fell in [expiry - N days, expiry); expiry iff some check came after it. */
const expectedKeys = (epoch: { expiry: number; checks: number[] }): string[] => {
  const keys = THRESHOLDS.filter((n) => epoch.checks.some((t) => t >= epoch.expiry - n * DAY && t < epoch.expiry)).map((n) => `${n}d`)
  if (epoch.checks.some((t) => t >= epoch.expiry)) keys.push('expired')
  return keys.sort()
}

describe('expiry engine properties (fake clock)', () => {
  it('every expiring token gets each threshold alert exactly once before it expires, the expiry once, and nothing of the old secret after renewal or a new host-reported expiry', () => {
    fc.assert(
      fc.property(fc.array(expiryArb, { minLength: 1, maxLength: 6 }), fc.array(stepArb, { minLength: 1, maxLength: 40 }), (expiries, steps) => {
        const { emitted, epochs } = simulate(expiries, steps)
        epochs.forEach((list, i) =>
          list.forEach((epoch, e) => {
            const got = emitted.filter((a) => a.tokenId === `t${i}` && a.epoch === e)
            expect(got.map((a) => a.key).sort()).toEqual(expectedKeys(epoch))
            for (const a of got) {
              if (a.key === 'expired') expect(a.at).toBeGreaterThanOrEqual(epoch.expiry)
              else expect(a.at).toBeLessThan(epoch.expiry)
            }
          }),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('a snoozed token alerts nothing until the snooze ends', () => {
    fc.assert(
      fc.property(expiryArb, fc.integer({ min: 1, max: 200 }), fc.array(fc.integer({ min: 1, max: 12 * HOUR }), { minLength: 1, maxLength: 30 }), (expiresAt, hours, gaps) => {
        const until = new Date(START + hours * HOUR)
        let token = record({ id: 'a', expiresAt, expirySource: 'user' })
        token = { ...token, alerts: snoozeHistory(token, until) }
        let now = START
        for (const gap of gaps) {
          const result = evaluateExpiry([token], new Date(now))
          if (now < until.getTime()) expect(result.due).toEqual([])
          if (result.nextAlerts.a) token = { ...token, alerts: result.nextAlerts.a }
          now += gap
        }
      }),
      { numRuns: 200 },
    )
  })

  it('tokens without expiry get no alert except the age advice, at most once per secret', () => {
    const noExpiry = fc.record({
      source: fc.constantFrom(null, 'host' as const, 'user' as const),
      ageDays: fc.integer({ min: 0, max: 400 }),
      status: fc.constantFrom(undefined, 'valid' as const, 'unreachable' as const, 'missing-scopes' as const),
    })
    fc.assert(
      fc.property(fc.array(noExpiry, { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: HOUR, max: 20 * DAY }), { maxLength: 30 }), (specs, gaps) => {
        let tokens = specs.map((s, i) =>
          record({ id: `n${i}`, expirySource: s.source, createdAt: new Date(START - s.ageDays * DAY).toISOString(), ...(s.status ? { lastCheck: { status: s.status, checkedAt: new Date(START).toISOString(), message: '' } } : {}) }),
        )
        const keys: string[] = []
        let now = START
        for (const gap of [0, ...gaps]) {
          now += gap
          const result = evaluateExpiry(tokens, new Date(now), { rotationAdviceDays: 90 })
          for (const a of result.due) {
            expect(a.key).toBe('age')
            const spec = specs[Number(a.tokenId.slice(1))]!
            expect(now - (START - spec.ageDays * DAY)).toBeGreaterThanOrEqual(90 * DAY)
            keys.push(a.tokenId)
          }
          tokens = tokens.map((t) => (result.nextAlerts[t.id] ? { ...t, alerts: result.nextAlerts[t.id]! } : t))
        }
        expect(new Set(keys).size).toBe(keys.length)
      }),
      { numRuns: 200 },
    )
  })
})

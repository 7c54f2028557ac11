import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings'
import type { AlertState, TokenRecord } from '../../../shared/domain/token'
import { createLogger } from '../../../electron/log/logger'
import { Redactor } from '../../../electron/log/redact'
import { CHANGE_DEBOUNCE_MS, ExpiryScheduler, HOUR_MS } from '../../../electron/expiry/scheduler'
import { FakeTime, settle } from './fake-time'
import { plusDays, record } from './fixtures'

const START = new Date('2026-11-21T08:00:00Z')

/** A scheduler over an in-memory token list, recording what it shows and re-checks. */
const rig = (tokens: TokenRecord[], options: { failSaves?: number } = {}) => {
  const time = new FakeTime(START.getTime())
  const shown: string[] = []
  const rechecks: string[][] = []
  const logLines: string[] = []
  let failSaves = options.failSaves ?? 0
  let records = tokens
  const scheduler = new ExpiryScheduler({
    clock: time.clock,
    timers: time,
    load: async () => ({ records, settings: DEFAULT_SETTINGS }),
    saveAlerts: async (id: string, alerts: AlertState) => {
      if (failSaves-- > 0) throw new Error('keychain busy')
      records = records.map((r) => (r.id === id ? { ...r, alerts } : r))
    },
    recheck: async (ids) => {
      rechecks.push(ids)
      records = records.map((r) => (ids.includes(r.id) ? { ...r, lastCheck: { status: 'valid', checkedAt: time.clock().toISOString(), message: 'ok' } } : r))
    },
    deliver: (_result, due) => shown.push(...due.map((a) => `${a.tokenId}/${a.key}@${time.clock().toISOString().slice(0, 13)}`)),
    log: createLogger(new Redactor(), (line) => logLines.push(line)),
  })
  return { time, scheduler, shown, rechecks, logLines, set: (next: TokenRecord[]) => (records = next) }
}

describe('expiry scheduler', () => {
  it('runs at start, re-checks stale tokens, and wakes exactly when the next threshold is crossed', async () => {
    const token = record({ id: 'a', expiresAt: plusDays(START, 7.5), expirySource: 'host' })
    const { time, scheduler, shown, rechecks } = rig([token])
    await scheduler.start()
    expect(rechecks).toEqual([['a']])
    expect(shown).toEqual(['a/30d@2026-11-21T08', 'a/14d@2026-11-21T08'])
    await time.advance(11 * HOUR_MS)
    expect(shown).toHaveLength(2)
    await time.advance(2 * HOUR_MS) // 7 days before expiry is 12 h after start
    expect(shown.at(-1)).toBe('a/7d@2026-11-21T20')
    await time.advance(8 * 24 * HOUR_MS)
    expect(shown.slice(2)).toEqual(['a/7d@2026-11-21T20', 'a/3d@2026-11-25T20', 'a/1d@2026-11-27T20', 'a/expired@2026-11-28T20'])
    expect(rechecks.length).toBeGreaterThanOrEqual(8) // daily cadence
    scheduler.stop()
    expect(time.pending).toBe(0)
  })

  it('runs once after a burst of token changes, without re-validating', async () => {
    const { time, scheduler, shown, rechecks, set } = rig([])
    await scheduler.start()
    set([record({ id: 'b', expiresAt: plusDays(START, 2), expirySource: 'host', lastCheck: { status: 'valid', checkedAt: START.toISOString(), message: '' } })])
    for (let i = 0; i < 5; i++) scheduler.tokenChanged()
    await time.advance(CHANGE_DEBOUNCE_MS)
    expect(shown).toEqual(['b/30d@2026-11-21T08', 'b/14d@2026-11-21T08', 'b/7d@2026-11-21T08', 'b/3d@2026-11-21T08'])
    expect(rechecks).toEqual([])
    scheduler.stop()
  })

  it('on resume from sleep it re-checks and shows what fell due while asleep', async () => {
    const token = record({ id: 'c', expiresAt: plusDays(START, 40), expirySource: 'host', lastCheck: { status: 'valid', checkedAt: START.toISOString(), message: '' } })
    const { time, scheduler, shown, rechecks } = rig([token])
    await scheduler.start()
    expect([shown, rechecks]).toEqual([[], []])
    scheduler.stop() // the machine sleeps: no timer fires
    time.nowMs += 15 * 24 * HOUR_MS
    await scheduler.resumed()
    expect(rechecks).toEqual([['c']])
    expect(shown).toEqual(['c/30d@2026-12-06T08'])
  })

  it('an alert whose history cannot be stored is not shown, and comes on the next run', async () => {
    const token = record({ id: 'd', expiresAt: plusDays(START, 20), expirySource: 'host', lastCheck: { status: 'valid', checkedAt: START.toISOString(), message: '' } })
    const { time, scheduler, shown, logLines } = rig([token], { failSaves: 1 })
    await scheduler.start()
    expect(shown).toEqual([])
    expect(logLines.join('\n')).toContain('could not store alert history for d')
    await time.advance(HOUR_MS)
    await settle()
    expect(shown).toEqual(['d/30d@2026-11-21T09'])
    scheduler.stop()
  })
})

describe('background re-check cadence', () => {
  it('re-checks tokens never checked, checked too long ago, or checked "in the future"', async () => {
    const { dueForRecheck } = await import('../../../electron/expiry/scheduler')
    const at = (iso: string) => ({ status: 'valid' as const, checkedAt: iso, message: '' })
    const tokens = [
      record({ id: 'never' }),
      record({ id: 'fresh', lastCheck: at('2026-11-21T07:00:00Z') }),
      record({ id: 'old', lastCheck: at('2026-11-20T07:59:00Z') }),
      record({ id: 'future', lastCheck: at('2026-12-01T00:00:00Z') }),
      record({ id: 'garbled', lastCheck: at('yesterday') }),
    ]
    expect(dueForRecheck(tokens, START, 24)).toEqual(['never', 'old', 'future', 'garbled'])
  })
})

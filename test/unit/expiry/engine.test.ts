import { describe, expect, it } from 'vitest'
import { describeTimeLeft } from '../../../shared/domain/expiry'
import { evaluateExpiry, normaliseThresholds } from '../../../electron/expiry/engine'
import { plusDays, record } from './fixtures'

const NOW = new Date('2026-11-21T08:00:00Z')
const checked = { status: 'valid' as const, checkedAt: NOW.toISOString(), message: 'ok' }

describe('expiry engine states', () => {
  it('a GitLab date means the start of that day in UTC', () => {
    const token = record({ id: 'gl', host: 'gitlab', expiresAt: '2026-12-01', expirySource: 'host', lastCheck: checked })
    const justBefore = evaluateExpiry([token], new Date('2026-11-30T23:59:00Z')).tokens[0]!
    expect(justBefore.state).toBe('expiring')
    expect(justBefore.expiresAt).toBe('2026-12-01T00:00:00.000Z')
    expect(describeTimeLeft(justBefore.msLeft!)).toBe('expires in 1 hour')
    const atMidnight = evaluateExpiry([token], new Date('2026-12-01T00:00:00Z'))
    expect(atMidnight.tokens[0]!.state).toBe('expired')
    expect(atMidnight.due.map((a) => a.key)).toEqual(['expired'])
  })

  it('a GitHub timestamp is used to the second', () => {
    const token = record({ id: 'gh', expiresAt: '2026-11-26T10:30:00Z', expirySource: 'host', lastCheck: checked })
    const view = evaluateExpiry([token], NOW).tokens[0]!
    expect(view.daysLeft).toBe(6)
    expect(view.msLeft).toBe(Date.parse('2026-11-26T10:30:00Z') - NOW.getTime())
  })

  it('names every state and sorts by urgency', () => {
    const tokens = [
      record({ id: 'fine', expiresAt: plusDays(NOW, 200), expirySource: 'host', lastCheck: checked }),
      record({ id: 'soon', expiresAt: plusDays(NOW, 5), expirySource: 'host', lastCheck: checked }),
      record({ id: 'gone', expiresAt: plusDays(NOW, -1), expirySource: 'user', lastCheck: checked }),
      record({ id: 'unknown', lastCheck: checked, createdAt: plusDays(NOW, -3) }),
      record({ id: 'old-key', host: 'codecommit', expirySource: 'user', createdAt: plusDays(NOW, -120), lastCheck: checked }),
      record({ id: 'stale', expiresAt: plusDays(NOW, 100), expirySource: 'host', lastCheck: { ...checked, checkedAt: plusDays(NOW, -3) } }),
      record({ id: 'refused', expiresAt: plusDays(NOW, 100), expirySource: 'host', lastCheck: { ...checked, status: 'revoked' } }),
    ]
    const result = evaluateExpiry(tokens, NOW)
    expect(result.tokens.map((t) => [t.id, t.state])).toEqual([
      ['gone', 'expired'],
      ['refused', 'revoked'],
      ['soon', 'expiring'],
      ['old-key', 'rotation-advised'],
      ['stale', 'stale-check'],
      ['unknown', 'unknown-expiry'],
      ['fine', 'ok'],
    ])
    expect(result.worst).toBe('expired')
    expect(result.due.filter((a) => a.tokenId === 'soon').map((a) => a.key)).toEqual(['30d', '14d', '7d'])
    expect(result.due.find((a) => a.tokenId === 'fine')).toBeUndefined()
  })

  it('says when the next threshold is crossed, and cleans odd threshold settings', () => {
    const token = record({ id: 'x', expiresAt: plusDays(NOW, 20), expirySource: 'host', lastCheck: checked })
    expect(evaluateExpiry([token], NOW).nextChangeAt).toBe(plusDays(NOW, 6))
    expect(normaliseThresholds([3, 30, 3, -1, 0, 7.2])).toEqual([30, 7, 3])
    expect(normaliseThresholds([])).toEqual([30, 14, 7, 3, 1])
  })

  it('a renewed token starts fresh even when the old history was kept', () => {
    const token = record({ id: 'r', expiresAt: plusDays(NOW, 2), expirySource: 'host', lastCheck: checked })
    const first = evaluateExpiry([token], NOW)
    const shown = { ...token, alerts: first.nextAlerts.r! }
    expect(evaluateExpiry([shown], NOW).due).toEqual([])
    const renewed = { ...shown, expiresAt: plusDays(NOW, 10), rotatedAt: NOW.toISOString() }
    expect(evaluateExpiry([renewed], NOW).due.map((a) => a.key)).toEqual(['30d', '14d'])
  })
})

describe('snooze', () => {
  it('withholds alerts until the snooze ends, then the snoozed alert comes back if it still applies', async () => {
    const { snoozeHistory } = await import('../../../electron/expiry/history')
    const token = record({ id: 's', expiresAt: plusDays(NOW, 6), expirySource: 'host', lastCheck: checked })
    const first = evaluateExpiry([token], NOW)
    expect(first.due.map((a) => a.key)).toEqual(['30d', '14d', '7d'])
    const shown = { ...token, alerts: first.nextAlerts.s! }
    const snoozed = { ...shown, alerts: snoozeHistory(shown, new Date(NOW.getTime() + 24 * 3_600_000), ['7d']) }
    expect(evaluateExpiry([snoozed], new Date(NOW.getTime() + 23 * 3_600_000)).due).toEqual([])
    const back = evaluateExpiry([snoozed], new Date(NOW.getTime() + 25 * 3_600_000))
    expect(back.due.map((a) => a.key)).toEqual(['7d'])
    expect(back.tokens[0]!.snoozedUntil).toBeUndefined()
  })
})

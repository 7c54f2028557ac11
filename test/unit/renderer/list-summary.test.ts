import { describe, expect, it } from 'vitest'
import type { TokenView } from '../../../shared/domain/token'
import { listSummary } from '../../../renderer/views/tokens/list-summary'

const token = (over: Partial<TokenView>): TokenView => ({
  id: 'id', label: 'x', host: 'github', url: 'https://github.com', scopes: [], expiresAt: null, expirySource: null, createdAt: '', updatedAt: '',
  rotations: [], usedIn: [], gitBindings: [], alerts: { sent: [] }, status: 'valid', ...over,
})
const now = new Date(2026, 11, 1, 12)

describe('the count above the token list', () => {
  it('does not count an already-expired token as "expiring"; it needs attention instead', () => {
    const tokens = [token({ expiresAt: '2026-11-28' }), token({ expiresAt: '2026-12-01' }), token({ expiresAt: '2026-12-14' }), token({ expiresAt: '2026-12-15' }), token({})]
    expect(listSummary(tokens, now)).toBe('5 tokens \u00b7 2 expiring within 14 days \u00b7 1 needs attention')
  })

  it('says only the count when nothing is due', () => {
    expect(listSummary([token({ expiresAt: '2027-06-01' })], now)).toBe('1 token')
  })
})

import type { TokenRecord } from '../../../shared/domain/token'

/** A plain token record for engine tests; override what the test is about. */
export const record = (overrides: Partial<TokenRecord> & { id: string }): TokenRecord => ({
  label: overrides.id,
  host: 'github',
  url: 'https://github.com',
  scopes: ['repo'],
  expiresAt: null,
  expirySource: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  rotations: [],
  usedIn: [],
  gitBindings: [],
  alerts: { sent: [] },
  ...overrides,
})

/** `base` plus a number of days, as an ISO string. */
export const plusDays = (base: Date, days: number): string => new Date(base.getTime() + days * 86_400_000).toISOString()

import { describe, expect, it } from 'vitest'
import type { ScanFinding } from '../../../shared/domain/health'
import { healthReport, riskFlagsFor, type RiskInput } from '../../../shared/health/risk-flags'
import { plusDays, record } from '../expiry/fixtures'

const NOW = new Date('2026-12-01T12:00:00Z')
const input = (over: Partial<RiskInput> = {}): RiskInput => ({ records: [], findings: [], duplicates: {}, now: NOW, rotationAdviceDays: 90, ...over })
const codes = (r: ReturnType<typeof record>, over: Partial<RiskInput> = {}) => riskFlagsFor(r, input(over)).map((f) => f.code)
const fresh = { createdAt: plusDays(NOW, -10), expiresAt: plusDays(NOW, 20), scopes: [] as string[] }

describe('risk flags per token', () => {
  it('a recent token with an expiry and least scopes has no flag', () => {
    expect(codes(record({ id: 'ok', ...fresh, purpose: 'read', tokenType: 'classic', scopes: ['repo'] }))).toEqual([])
  })

  it('no expiry is high; every flag says why, what to do and the guide step', () => {
    const [f] = riskFlagsFor(record({ id: 'a', ...fresh, expiresAt: null }), input())
    expect(f).toMatchObject({ code: 'no-expiry', severity: 'high' })
    expect(f!.why).toMatch(/for ever/)
    expect(f!.guideStep).toMatch(/Renew/)
  })

  it('lifetime beyond the host cap (GitLab: 365 days; elsewhere 366)', () => {
    expect(codes(record({ id: 'gl', host: 'gitlab', createdAt: plusDays(NOW, -10), expiresAt: plusDays(NOW, 400) }))).toContain('lifetime-too-long')
    expect(codes(record({ id: 'gh', createdAt: plusDays(NOW, -10), expiresAt: plusDays(NOW, 300) }))).not.toContain('lifetime-too-long')
  })

  it('scopes beyond the purpose: classic repo+admin:org for read is high; GitLab api for clone only is high', () => {
    const gh = riskFlagsFor(record({ id: 'c', ...fresh, purpose: 'read', tokenType: 'classic', scopes: ['repo', 'admin:org', 'read:user'] }), input())
    expect(gh).toEqual([expect.objectContaining({ code: 'scopes-beyond-purpose', severity: 'high' })])
    expect(gh[0]!.why).toContain('admin:org')
    expect(gh[0]!.why).not.toContain('read:user')
    expect(codes(record({ id: 'g', host: 'gitlab', ...fresh, purpose: 'read', scopes: ['api'] }))).toEqual(['scopes-beyond-purpose'])
  })

  it('Azure DevOps global tokens', () => {
    expect(codes(record({ id: 'az', host: 'azure-devops', url: 'https://dev.azure.com', org: 'acme', tokenType: 'global', ...fresh }))).toContain('azure-all-orgs')
    expect(codes(record({ id: 'az2', host: 'azure-devops', url: 'https://dev.azure.com', org: 'acme', ...fresh }))).not.toContain('azure-all-orgs')
  })

  it('plaintext copies from the last scan, linked by keptAs', () => {
    const finding = { key: '0123456789abcdef', kind: 'netrc', file: '/home/d/.netrc', line: 1, hostname: 'github.com', host: 'github', masked: 'x', fix: 'rewrite', keptAs: { tokenId: 'p', label: 'p' } } satisfies ScanFinding
    const [f] = riskFlagsFor(record({ id: 'p', ...fresh }), input({ findings: [finding, { ...finding, key: 'fedcba9876543210', keptAs: { tokenId: 'other', label: 'o' } }] }))
    expect(f).toMatchObject({ code: 'plaintext-copies', title: '1 plaintext copy' })
    expect(f!.why).toContain('/home/d/.netrc')
  })

  it('unused for 90 days where the host reports last use (GitLab last_used_at), never-used counted from creation', () => {
    const check = (lastUsedAt: string | null) => ({ status: 'valid' as const, checkedAt: NOW.toISOString(), message: '', lastUsedAt })
    expect(codes(record({ id: 'u', host: 'gitlab', ...fresh, lastCheck: check(plusDays(NOW, -91)) }))).toEqual(['unused-90-days'])
    expect(codes(record({ id: 'v', host: 'gitlab', ...fresh, lastCheck: check(plusDays(NOW, -5)) }))).toEqual([])
    expect(codes(record({ id: 'n', host: 'gitlab', ...fresh, lastCheck: check(null) }))).toEqual([])
    expect(codes(record({ id: 'n2', host: 'gitlab', createdAt: plusDays(NOW, -95), expiresAt: plusDays(NOW, 20), lastCheck: check(null) }), { rotationAdviceDays: 365 })).toEqual(['unused-90-days'])
  })

  it('same secret stored twice, and age past the rotation advice (from the last rotation)', () => {
    expect(codes(record({ id: 'd', ...fresh }), { duplicates: { d: ['copy'] } })).toEqual(['duplicate-secret'])
    expect(codes(record({ id: 'old', createdAt: plusDays(NOW, -200), expiresAt: plusDays(NOW, 20) }))).toEqual(['rotation-overdue'])
    expect(codes(record({ id: 'rot', createdAt: plusDays(NOW, -200), rotatedAt: plusDays(NOW, -5), expiresAt: plusDays(NOW, 20) }))).toEqual([])
  })

  it('a token PAT Keeper revoked says so with the date, and nothing else', () => {
    const flags = riskFlagsFor(record({ id: 'r', ...fresh, expiresAt: null, revokedAt: '2026-11-30T10:00:00Z' }), input())
    expect(flags.map((f) => f.code)).toEqual(['revoked']) // no expiry no longer matters
    expect(flags[0]!.why).toBe('Revoked on 2026-11-30 by PAT Keeper; the host refuses it now.')
  })

  it('the report lists the worst tokens first', () => {
    const records = [record({ id: 'fine', ...fresh }), record({ id: 'bad', ...fresh, expiresAt: null }), record({ id: 'old', createdAt: plusDays(NOW, -200), expiresAt: plusDays(NOW, 20) })]
    expect(healthReport(input({ records })).tokens.map((t) => t.tokenId)).toEqual(['bad', 'old', 'fine'])
  })
})

import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/test-deps'

// scripts/audit.mjs decides on a saved `npm audit --json` report here (the audit API may be out of reach),
// so the test shows the gate fails on an unlisted high/critical finding and passes on a reviewed one.
const ROOT = resolve(import.meta.dirname, '../..')
const dir = tempDir('patkeeper-audit-')
const report = (severity: string) => ({
  auditReportVersion: 2,
  vulnerabilities: { 'left-pad': { name: 'left-pad', severity, via: [{ source: 1, name: 'left-pad', title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', severity }] } },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: severity === 'high' ? 1 : 0, critical: severity === 'critical' ? 1 : 0, total: 1 } },
})
const runAudit = (content: unknown, allow: unknown[] = []) => {
  const reportFile = join(dir, `report-${Math.random()}.json`)
  const allowFile = join(dir, `allow-${Math.random()}.json`)
  writeFileSync(reportFile, JSON.stringify(content))
  writeFileSync(allowFile, JSON.stringify({ allow }))
  return spawnSync(process.execPath, [join(ROOT, 'scripts/audit.mjs')], { encoding: 'utf8', env: { ...process.env, PATKEEPER_AUDIT_REPORT: reportFile, PATKEEPER_AUDIT_ALLOWLIST: allowFile } })
}

describe('npm audit gate (scripts/audit.mjs)', () => {
  it.each(['high', 'critical'])('fails on an unlisted %s finding and names it', (severity) => {
    const run = runAudit(report(severity))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(`FINDING ${severity} left-pad https://github.com/advisories/GHSA-aaaa-bbbb-cccc`)
  })

  it('passes a high finding that the allowlist documents, and prints the reason', () => {
    const run = runAudit(report('high'), [{ advisory: 'GHSA-aaaa-bbbb-cccc', package: 'left-pad', reason: 'only used at build time', reviewAgain: '2027-01-01' }])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('ALLOWED high left-pad')
    expect(run.stdout).toContain('only used at build time')
  })

  it('passes moderate findings and says how many there are', () => {
    const run = runAudit(report('moderate'))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('0 high/critical not allowlisted')
  })

  it('says clearly when the audit endpoint cannot be reached, without failing', () => {
    const run = runAudit({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('could not reach the npm audit endpoint (405 Method Not Allowed')
  })

  it('refuses an allowlist entry without a reason', () => {
    const run = runAudit(report('high'), [{ package: 'left-pad' }])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('without advisory/package or reason')
  })
})

// Dependency review: runs `npm audit --omit=dev --json` and fails on high or critical findings in
// production dependencies unless scripts/audit-allowlist.json lists them with a reason. When the audit
// endpoint cannot be reached (offline, a registry mirror without the audit API) it says so and does not
// fail: an unreachable service is not a finding. Writes test-artifacts/figures/audit.json for `npm run figures`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SERIOUS = new Set(['high', 'critical'])

// Tests feed a saved report and their own allowlist (PATKEEPER_AUDIT_REPORT / _ALLOWLIST) to prove the gate fails.
const allowlistFile = process.env.PATKEEPER_AUDIT_ALLOWLIST ?? join(ROOT, 'scripts/audit-allowlist.json')
/** Accepted findings: [{ advisory, package, reason, reviewAgain }]. */
const allowlist = JSON.parse(readFileSync(allowlistFile, 'utf8')).allow ?? []
for (const entry of allowlist) if (!entry.reason || !(entry.advisory || entry.package)) throw new Error(`audit allowlist entry without advisory/package or reason: ${JSON.stringify(entry)}`)

const writeSummary = (summary) => {
  if (process.env.PATKEEPER_AUDIT_REPORT) return // a test run: keep the real summary
  const dir = join(ROOT, 'test-artifacts/figures')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'audit.json'), `${JSON.stringify({ ...summary, ranAt: new Date().toISOString() }, null, 2)}\n`)
}

const run = process.env.PATKEEPER_AUDIT_REPORT
  ? { stdout: readFileSync(process.env.PATKEEPER_AUDIT_REPORT, 'utf8'), stderr: '' }
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })
let report
try {
  report = JSON.parse(run.stdout || '{}')
} catch {
  report = {}
}

if (!report.vulnerabilities) {
  const why = report.message ?? report.error?.summary ?? run.error?.message ?? (run.stderr || 'no answer').trim().split('\n').pop()
  console.log(`audit: could not reach the npm audit endpoint (${why}). No result; this is not a failure. Run again with network access to the registry's audit API.`)
  writeSummary({ reachable: false, reason: String(why).slice(0, 300) })
  process.exit(0)
}

const serious = []
for (const [name, vuln] of Object.entries(report.vulnerabilities)) {
  if (!SERIOUS.has(vuln.severity)) continue
  const advisories = (vuln.via ?? []).filter((v) => typeof v === 'object').map((v) => v.url ?? String(v.source))
  const allowed = allowlist.find((a) => a.package === name || advisories.some((adv) => a.advisory && adv.includes(a.advisory)))
  serious.push({ name, severity: vuln.severity, advisories, allowed: allowed ? allowed.reason : null })
}
const counts = report.metadata?.vulnerabilities ?? {}
const failing = serious.filter((s) => !s.allowed)
for (const s of serious) console.log(`${s.allowed ? 'ALLOWED' : 'FINDING'} ${s.severity} ${s.name} ${s.advisories.join(' ')}${s.allowed ? ` (${s.allowed})` : ''}`)
console.log(`audit: production dependencies: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low; ${failing.length} high/critical not allowlisted`)
writeSummary({ reachable: true, counts, serious: serious.length, allowlisted: serious.length - failing.length, failing: failing.length })
process.exit(failing.length === 0 ? 0 : 1)

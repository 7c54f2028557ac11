// Prints the security and reliability figures of the last test run. Each suite in test/security and
// test/reliability writes its real counts to test-artifacts/figures/<suite>.json; this script sums them.
// It computes nothing itself: no files, no figures (run `npm test` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIR = join(ROOT, 'test-artifacts/figures')
/** Suites that must have written counts for the figures to be complete. */
const EXPECTED = ['checklist', 'static-gates', 'ipc-fuzz', 'leak-scan', 'faults-keychain', 'faults-metadata', 'faults-host', 'faults-git', 'faults-clock']

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'audit.json') : []
if (files.length === 0) {
  console.log('No figures yet: test-artifacts/figures/ is empty. Run `npm test` first (it runs the security and reliability suites, which write their counts).')
  process.exit(1)
}

const suites = files.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')))
const sum = (key) => suites.reduce((n, s) => n + (Number(s[key]) || 0), 0)
const labels = Object.assign({}, ...suites.map((s) => s.checklist ?? {}))
const checks = {}
for (const s of suites) for (const [item, n] of Object.entries(s.checks ?? {})) checks[item] = (checks[item] ?? 0) + n

const pad = (text, width) => String(text).padEnd(width)
console.log('PAT Keeper security and reliability figures (from the last test run)')
console.log('')
console.log('Checks passed per security checklist item:')
for (const item of [...new Set([...Object.keys(labels), ...Object.keys(checks)])]) console.log(`  ${pad(checks[item] ?? 0, 6)} ${pad(item, 24)} ${labels[item] ?? ""}${checks[item] ? '' : '   <- no passing check recorded'}`)
console.log('')
console.log(`IPC fuzz cases run:            ${sum('fuzzCases')}`)
console.log(`Faults injected:               ${sum('faultsInjected')}`)
console.log(`Faults survived:               ${sum('faultsSurvived')} (message as documented, nothing lost)`)
console.log(`Places leak-scanned:           ${sum('placesScanned')} (for ${sum('secretsScanned')} secrets)`)
console.log(`Tokens leaked:                 ${sum('tokensLeaked')}`)

const auditFile = join(DIR, 'audit.json')
if (existsSync(auditFile)) {
  const audit = JSON.parse(readFileSync(auditFile, 'utf8'))
  const c = audit.counts ?? {}
  console.log(
    audit.reachable
      ? `npm audit (production deps):   ${c.critical ?? 0} critical, ${c.high ?? 0} high, ${c.moderate ?? 0} moderate, ${c.low ?? 0} low; ${audit.allowlisted ?? 0} allowlisted, ${audit.failing ?? 0} failing (${audit.ranAt})`
      : `npm audit (production deps):   not available: ${audit.reason} (${audit.ranAt})`,
  )
} else console.log('npm audit (production deps):   not run yet (node scripts/audit.mjs)')

const times = suites.map((s) => s.writtenAt).filter(Boolean).sort()
console.log('')
console.log(`Suites: ${suites.map((s) => s.suite).sort().join(', ')}; written ${times[0]} .. ${times[times.length - 1]}`)
const missing = EXPECTED.filter((name) => !suites.some((s) => s.suite === name))
if (missing.length) console.log(`Missing suites (did the run stop early?): ${missing.join(', ')}`)
process.exit(sum('tokensLeaked') === 0 && missing.length === 0 ? 0 : 1)

import { describeTimeLeft, formatUtc } from '../../../shared/domain/expiry'
import { AppError } from '../../errors/app-error'
import { toRow } from '../../export/tabular'
import { parseCliArgs } from '../../vault/cli-args'
import { table } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper expiring [--within <N>d] [--json]

Lists tokens that expire within N days (default: your first alert threshold, 30 days), soonest first.
Tokens that already expired are included. Expiry is computed in UTC with the host's rules (a GitLab date
means the start of that day in UTC).

  --within <N>d   window in days, e.g. 7d (a bare number is read as days)
  --json          print a JSON array; each element has id, label, host, url, expiresAt (ISO 8601, UTC),
                  expirySource ("host" or "user"), daysLeft (whole days rounded up; 0 or less once
                  expired), state (expired, revoked, expiring, rotation-advised, stale-check, unknown-expiry
                  or ok), status ("unchecked" or the last validation status) and usedIn (array of notes).

Exit codes: 0 ok (whether or not any token is listed), 2 bad option, 4 data file unreadable, 5 other error.`

/** Parses `30d` / `30` into days. */
export const parseWithin = (value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  const m = /^(\d{1,4})d?$/i.exec(value.trim())
  if (!m) throw new AppError('invalid-input', `--within takes a number of days like 30d, not "${value.slice(0, 20)}".`)
  return Number(m[1])
}

/** `patkeeper expiring`: tokens expiring soon, for people and scripts. */
export const expiringCommand: Command = {
  name: 'expiring',
  summary: 'tokens that expire soon [--within 30d] [--json]',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values } = parseCliArgs({ args: argv, options: { within: { type: 'string' }, json: { type: 'boolean' } }, strict: true })
    const overview = await services.expiry.overview()
    const days = parseWithin(values.within, overview.thresholdsDays[0] ?? 30)
    const tokens = await services.expiry.expiring(days)
    if (values.json) {
      io.out(JSON.stringify(tokens.map(toRow), null, 2))
      return EXIT.ok
    }
    if (tokens.length === 0) {
      io.out(`No token expires within ${days} ${days === 1 ? 'day' : 'days'}.`)
      return EXIT.ok
    }
    const rows = [['LABEL', 'HOST', 'EXPIRES (UTC)', 'WHEN', 'ID']]
    for (const t of tokens) rows.push([t.label, t.host, formatUtc(t.expiresAt!), describeTimeLeft(t.msLeft!), t.id])
    io.out(table(rows))
    return EXIT.ok
  },
}

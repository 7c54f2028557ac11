import { writeFileSync } from 'node:fs'
import { EXPORT_FORMATS, type ExportFormat } from '../../export/export'
import { AppError } from '../../errors/app-error'
import { parseCliArgs } from '../../vault/cli-args'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper export --format ics|json|csv [--output <file>]

Exports every token's expiry (never a secret) to standard output, or to a file with --output.

  --format ics    an iCalendar file: one event per token with an expiry, at the moment it expires (UTC),
                  with an alarm at your first alert threshold (default 30 days before). Import it into
                  any calendar.
  --format json   the same rows as "patkeeper expiring --json", for every token
  --format csv    the same rows as CSV (header: id,label,host,url,expires_at,expiry_source,days_left,state,
                  status,used_in); cells that a spreadsheet would run as formulas start with '
  --output <file> write to this file instead of standard output

Exit codes: 0 ok, 2 bad option, 4 data file unreadable, 5 other error (e.g. the file cannot be written).`

/** `patkeeper export`: calendar and data export of expiry dates. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export expiry dates --format ics|json|csv',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values } = parseCliArgs({ args: argv, options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } }, strict: true })
    const format = values.format as ExportFormat | undefined
    if (!format || !EXPORT_FORMATS.includes(format)) throw new AppError('invalid-input', '--format must be ics, json or csv (see --help).')
    const file = await services.expiry.export(format)
    if (!values.output) {
      io.out(file.content)
      return EXIT.ok
    }
    try {
      writeFileSync(values.output, file.content, { mode: 0o644 })
    } catch (error) {
      throw new AppError('storage-failed', `Could not write ${values.output} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the folder exists and is writable.`)
    }
    io.err(`Wrote ${values.output}.`)
    return EXIT.ok
  },
}

import { parseCliArgs } from '../../vault/cli-args'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper doctor [--json] [--fix [--yes]]

Checks that the system keychain really works (writes, reads back and deletes a probe item), that the data
file reads, and that every record has its secret and every keychain item its record.

  --json   print the report: { ok, keychain: { ok, code?, message }, metadata: { ok, path, message },
           tokenCount, itemsWithoutRecord: [id], recordsWithoutSecret: [{ id, label, host }], fixes: [text] }
  --fix    delete keychain items no record uses and records whose secret is gone (asks first unless --yes)

Exit codes: 0 all good (or fixed), 1 problems found, 3 keychain missing/locked/refused, 4 data file unreadable.`

/** `patkeeper doctor`: keychain health and consistency. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the keychain and the token list [--json] [--fix]',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values } = parseCliArgs({ args: argv, options: { json: { type: 'boolean' }, fix: { type: 'boolean' }, yes: { type: 'boolean', short: 'y' } }, strict: true })
    const report = await services.vault.doctor()
    if (values.json && !values.fix) io.out(JSON.stringify(report, null, 2))
    else {
      io.out(`Keychain: ${report.keychain.ok ? 'ok' : 'PROBLEM'} - ${report.keychain.message}`)
      io.out(`Data file: ${report.metadata.ok ? 'ok' : 'PROBLEM'} - ${report.metadata.path}: ${report.metadata.message}`)
      for (const fix of report.fixes) io.out(`  - ${fix}`)
      if (report.ok) io.out(`All ${report.tokenCount} token(s) have their secret in the keychain.`)
    }
    if (!report.keychain.ok) return EXIT.keychain
    if (!report.metadata.ok) return EXIT.notFound
    if (report.ok) return EXIT.ok
    if (!values.fix) return EXIT.failed
    if (!values.yes && !(await io.confirm('Apply these fixes?'))) {
      io.err('Nothing changed. Confirm on a terminal, or pass --yes.')
      return EXIT.failed
    }
    const fixed = await services.vault.doctorFix(report)
    if (values.json) io.out(JSON.stringify({ ...report, fixed }, null, 2))
    else io.out(`Deleted ${fixed.deletedItems.length} orphan keychain item(s); removed ${fixed.removedRecords.length} record(s) without a secret.`)
    return EXIT.ok
  },
}

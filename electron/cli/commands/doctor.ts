import type { StaleHelper } from '../../git/helper-repair'
import { isAppError } from '../../errors/app-error'
import { parseCliArgs } from '../../vault/cli-args'
import { EXIT, type CliContext, type Command } from '../command'

const HELP = `Usage: patkeeper doctor [--json] [--fix [--yes]]

Checks that the system keychain really works (writes, reads back and deletes a probe item), that the data
file reads, that every record has its secret and every keychain item its record, and that every git setup
runs the installed patkeeper (not an old, moved or deleted build, nor the old form that ran the app binary as Node).

  --json   print the report: { ok, keychain: { ok, code?, message }, metadata: { ok, path, message },
           tokenCount, itemsWithoutRecord: [id], recordsWithoutSecret: [{ id, label, host }], fixes: [text],
           gitHelpers: { ok, message, stale: [{ scope, repoPath?, url, value, replacement, problem }] } }
  --fix    delete keychain items no record uses and records whose secret is gone, and point stale git
           helper lines at the installed patkeeper in place (undo keeps working); asks first unless --yes

Exit codes: 0 all good (or fixed), 1 problems found, 3 keychain missing/locked/refused, 4 data file unreadable.`

/** The git helper part of the report. */
interface GitHelperCheck {
  ok: boolean
  message: string
  stale: StaleHelper[]
}

const checkGitHelpers = async ({ services }: CliContext): Promise<GitHelperCheck> => {
  try {
    const stale = await services.git.staleHelpers()
    const where = (s: StaleHelper) => `${s.scope === 'global' ? 'global git config' : s.repoPath}${s.url ? ` (${s.url})` : ''}`
    return stale.length
      ? { ok: false, message: `${stale.length} git setup(s) need repair: ${stale.map((s) => `${where(s)} ${s.problem}`).join('; ')}.`, stale }
      : { ok: true, message: 'every git setup runs the installed patkeeper.', stale }
  } catch (error) {
    if (!isAppError(error)) throw error
    return { ok: false, message: error.message, stale: [] }
  }
}

/** `patkeeper doctor`: keychain health, consistency, and git helper lines. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the keychain, the token list and git setups [--json] [--fix]',
  help: HELP,
  run: async (argv, ctx) => {
    const { services, io } = ctx
    const { values } = parseCliArgs({ args: argv, options: { json: { type: 'boolean' }, fix: { type: 'boolean' }, yes: { type: 'boolean', short: 'y' } }, strict: true })
    const report = await services.vault.doctor()
    const gitHelpers = await checkGitHelpers(ctx)
    if (values.json && !values.fix) io.out(JSON.stringify({ ...report, gitHelpers }, null, 2))
    else {
      io.out(`Keychain: ${report.keychain.ok ? 'ok' : 'PROBLEM'} - ${report.keychain.message}`)
      io.out(`Data file: ${report.metadata.ok ? 'ok' : 'PROBLEM'} - ${report.metadata.path}: ${report.metadata.message}`)
      io.out(`Git helper: ${gitHelpers.ok ? 'ok' : 'PROBLEM'} - ${gitHelpers.message}`)
      for (const fix of report.fixes) io.out(`  - ${fix}`)
      if (report.ok) io.out(`All ${report.tokenCount} token(s) have their secret in the keychain.`)
    }
    if (!report.keychain.ok) return EXIT.keychain
    if (!report.metadata.ok) return EXIT.notFound
    if (report.ok && gitHelpers.ok) return EXIT.ok
    if (!values.fix || (report.ok && gitHelpers.stale.length === 0)) return EXIT.failed
    if (!values.yes && !(await io.confirm('Apply these fixes?'))) {
      io.err('Nothing changed. Confirm on a terminal, or pass --yes.')
      return EXIT.failed
    }
    const fixed = report.ok ? { deletedItems: [], removedRecords: [] } : await services.vault.doctorFix(report)
    const repaired = gitHelpers.stale.length ? await services.git.repairHelpers() : []
    if (values.json) io.out(JSON.stringify({ ...report, gitHelpers, fixed: { ...fixed, repairedHelpers: repaired } }, null, 2))
    else {
      if (!report.ok) io.out(`Deleted ${fixed.deletedItems.length} orphan keychain item(s); removed ${fixed.removedRecords.length} record(s) without a secret.`)
      for (const line of repaired) io.out(`Repaired: ${line}.`)
    }
    return EXIT.ok
  },
}

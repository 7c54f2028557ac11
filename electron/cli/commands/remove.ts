import { parseCliArgs } from '../../vault/cli-args'
import { removeToken } from '../../app/remove-token'
import { AppError } from '../../errors/app-error'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper remove <label|id> [--yes]

Deletes a token's secret from the system keychain and its record from PAT Keeper, and undoes the git
settings "patkeeper git setup" wrote for it. It does not revoke the token on the host: do that on the
host's token page.

  --yes   do not ask for confirmation (required when stdin is not a terminal)

Exit codes: 0 removed, 1 not confirmed, 2 bad options, 3 keychain problem (nothing removed), 4 no such token,
5 removed from the keychain but the record could not be deleted (run "patkeeper doctor --fix").`

/** `patkeeper remove`: delete a token from keychain and records. */
export const removeCommand: Command = {
  name: 'remove',
  summary: 'delete a token from the keychain and the list',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values, positionals } = parseCliArgs({ args: argv, options: { yes: { type: 'boolean', short: 'y' } }, allowPositionals: true, strict: true })
    if (positionals.length !== 1) throw new AppError('invalid-input', 'Name one token: patkeeper remove <label|id> [--yes].')
    const record = await services.vault.find(positionals[0]!)
    if (!values.yes && !(await io.confirm(`Remove "${record.label}" (${record.host}) from PAT Keeper and the keychain?`))) {
      io.err('Nothing removed. Confirm on a terminal, or pass --yes.')
      return EXIT.failed
    }
    const { notes } = await removeToken(services, record.id)
    for (const note of notes) io.out(note)
    io.out(`Removed "${record.label}" (${record.host}). Revoke it on the host too if nobody uses it any more.`)
    return EXIT.ok
  },
}

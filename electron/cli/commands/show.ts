import { parseCliArgs } from '../../vault/cli-args'
import { AppError } from '../../errors/app-error'
import { describeRecord, tokenJson } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper show <label|id> [--json]

Shows everything PAT Keeper knows about one token, except the secret.

  --json   print the record as JSON (same shape as one element of "patkeeper list --json")

Exit codes: 0 ok, 2 no label given or label used on two hosts (use the id), 4 no such token, 5 other error.`

/** `patkeeper show`: one token's details. */
export const showCommand: Command = {
  name: 'show',
  summary: 'show one token\'s details [--json]',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values, positionals } = parseCliArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true })
    if (positionals.length !== 1) throw new AppError('invalid-input', 'Name one token: patkeeper show <label|id>.')
    const record = await services.vault.find(positionals[0]!)
    io.out(values.json ? JSON.stringify(tokenJson(record), null, 2) : describeRecord(record, services.deps.clock()))
    return EXIT.ok
  },
}

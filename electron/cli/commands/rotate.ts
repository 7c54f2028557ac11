import { parseCliArgs } from '../../vault/cli-args'
import { AppError } from '../../errors/app-error'
import { tokenJson } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper rotate <label|id> [--expires <YYYY-MM-DD>] [--json]     (the new token is read from stdin)

Replaces a token's secret with a new one (after you regenerated it on the host). The record, its notes and
its git setup stay; the previous expiry and the rotation date are remembered; expiry alerts start afresh.

  --expires <date>   the new token's expiry, if you know it (a check later asks the host)
  --json             print the updated record as JSON

Exit codes: 0 replaced, 2 bad options, 3 keychain missing/locked/refused (nothing changed), 4 no such token.`

/** `patkeeper rotate`: replace a token's secret. */
export const rotateCommand: Command = {
  name: 'rotate',
  summary: 'replace a token\'s secret (new secret on stdin)',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values, positionals } = parseCliArgs({ args: argv, options: { expires: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true })
    if (positionals.length !== 1) throw new AppError('invalid-input', 'Name one token: patkeeper rotate <label|id>.')
    if (values.expires !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.expires) || Number.isNaN(Date.parse(values.expires))))
      throw new AppError('invalid-input', '--expires must be a date like 2026-12-31.')
    const existing = await services.vault.find(positionals[0]!) // say "not found" before asking for a secret
    const secret = await io.readSecret(`New token for "${existing.label}" (input hidden): `)
    const record = await services.vault.rotate(existing.id, secret, values.expires ? { expiresAt: values.expires, expirySource: 'user' } : {})
    if (values.json) io.out(JSON.stringify(tokenJson(record), null, 2))
    else io.out(`Replaced the secret of "${record.label}" (${record.host}). Places to update: ${record.usedIn.map((n) => n.text).join('; ') || 'none noted'}.`)
    return EXIT.ok
  },
}

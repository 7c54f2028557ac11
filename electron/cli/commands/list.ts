import { parseCliArgs } from '../../vault/cli-args'
import { expiryText, table, tokenJson } from '../../vault/cli-format'
import { tokenStatus } from '../../../shared/domain/token'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper list [--json]

Lists your tokens (never their secrets).

  --json   print a JSON array; each element has id, label, host, url, username (string or null),
           org, collection, region, email, purpose (when set), scopes (array), tokenType, expiresAt (ISO 8601 or
           null), expirySource ("host", "user" or null), status ("unchecked" or a validation status:
           valid, invalid, expired, revoked, missing-scopes, pending-approval, unreachable, rate-limited,
           host-error), createdAt, updatedAt, rotatedAt, rotations, lastCheck, usedIn, gitBindings, alerts.

Exit codes: 0 ok, 3 keychain problem, 4 data file unreadable, 5 other error.`

/** `patkeeper list`: every token, as a table or JSON. */
export const listCommand: Command = {
  name: 'list',
  summary: 'list your tokens [--json]',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values } = parseCliArgs({ args: argv, options: { json: { type: 'boolean' } }, strict: true })
    const tokens = await services.vault.list()
    if (values.json) {
      io.out(JSON.stringify(tokens.map(tokenJson), null, 2))
      return EXIT.ok
    }
    if (tokens.length === 0) {
      io.out('No tokens yet. Add one with: printf %s "$TOKEN" | patkeeper add --host github --label work')
      return EXIT.ok
    }
    const now = services.deps.clock()
    const rows = [['LABEL', 'HOST', 'ACCOUNT', 'EXPIRES', 'STATUS', 'ID']]
    for (const t of [...tokens].sort((a, b) => a.label.localeCompare(b.label)))
      rows.push([t.label, t.host, t.username ?? '-', expiryText(t.expiresAt, now), tokenStatus(t), t.id])
    io.out(table(rows))
    return EXIT.ok
  },
}

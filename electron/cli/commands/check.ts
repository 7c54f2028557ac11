import type { CheckResult, TokenRecord } from '../../../shared/domain/token'
import { parseCliArgs } from '../../vault/cli-args'
import { table } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper check [<label|id>...] [--json]

Asks each token's own host whether the token works: who it belongs to, its scopes and, where the host
says, its expiry. Without arguments every token is checked. Results are stored (the app shows them too).

  --json   print a JSON array, one element per checked token:
           { "id", "label", "host", "status", "message", "checkedAt", "identity" (login, name, email when
           known), "scopes" (array or null), "missingScopes" (array), "expiresAt" (ISO 8601, null = never,
           absent = host did not say), "tokenType" }
           status is one of: valid, invalid, expired, revoked, missing-scopes, pending-approval,
           unreachable, rate-limited, host-error.

Network: HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured; extra CA certificates come from
NODE_EXTRA_CA_CERTS or <data folder>/ca/<hostname>.pem. TLS verification is never turned off.

Exit codes: 0 every checked token is valid, 1 at least one is not, 2 usage error, 3 keychain problem,
4 no such token, 5 other error.`

const toJson = (record: TokenRecord, result: CheckResult) => ({
  id: record.id,
  label: record.label,
  host: record.host,
  status: result.status,
  message: result.message,
  checkedAt: result.checkedAt,
  identity: result.identity ?? {},
  scopes: result.scopes ?? null,
  missingScopes: result.missingScopes ?? [],
  ...(result.expiresAt !== undefined ? { expiresAt: result.expiresAt } : {}),
  tokenType: result.tokenType ?? record.tokenType ?? null,
  ...(result.note ? { note: result.note } : {}),
})

/** `patkeeper check`: validates tokens against their hosts; exit 1 when any is not valid. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check tokens against their hosts [<label|id>...] [--json]',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values, positionals } = parseCliArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true })
    const records = positionals.length > 0 ? await Promise.all(positionals.map((key) => services.vault.find(key))) : await services.vault.list()
    if (records.length === 0) {
      io.out(values.json ? '[]' : 'No tokens to check. Add one with: printf %s "$TOKEN" | patkeeper add --host github --label work')
      return EXIT.ok
    }
    const unique = [...new Map(records.map((r) => [r.id, r])).values()]
    try {
      const results = await services.checker.checkAll(unique.map((r) => r.id))
      if (values.json) io.out(JSON.stringify(unique.map((r) => toJson(r, results[r.id]!)), null, 2))
      else {
        const rows = [['LABEL', 'HOST', 'STATUS', 'ACCOUNT', 'MESSAGE']]
        for (const r of unique) rows.push([r.label, r.host, results[r.id]!.status, results[r.id]!.identity?.login ?? '-', results[r.id]!.message])
        io.out(table(rows))
      }
      return unique.every((r) => results[r.id]!.status === 'valid') ? EXIT.ok : EXIT.failed
    } finally {
      await services.checker.close()
    }
  },
}

import { parseCliArgs } from '../../vault/cli-args'
import { HOST_KINDS, isHostKind, isPurpose, PURPOSES } from '../../../shared/domain/hosts'
import type { AddTokenRequest } from '../../../shared/ipc/channels/tokens'
import { normalizeHostLocation } from '../../../shared/hosts/catalog'
import { AppError } from '../../errors/app-error'
import { tokenJson } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper add --host <kind> --label <label> [options]      (the token is read from stdin)

Stores a token in the system keychain and its details in PAT Keeper's data file.

Options:
  --host <kind>        ${HOST_KINDS.join(', ')}
  --label <label>      your name for it, unique per host
  --url <url>          host URL (required for Enterprise, self-managed, Data Center and Server hosts)
  --org <org>          organization (Azure DevOps: required)
  --collection <c>     collection (Azure DevOps Server)
  --region <r>         AWS region (CodeCommit: required)
  --username <u>       git username (CodeCommit access keys: the access key id)
  --email <e>          account email (Bitbucket Cloud API tokens)
  --purpose <p>        ${PURPOSES.join(', ')}
  --expires <date>     expiry date YYYY-MM-DD, if you know it (a check later asks the host)
  --note <text>        where the token is also used (repeatable): "CI runner", "notebook"...
  --json               print the stored record as JSON

The token is read from standard input (or a hidden prompt on a terminal), never from an argument:
  printf '%s' "$TOKEN" | patkeeper add --host github --label work

Exit codes: 0 stored, 2 bad options or label taken, 3 keychain missing/locked/refused (nothing stored), 5 other error.`

/** `patkeeper add`: store a new token. */
export const addCommand: Command = {
  name: 'add',
  summary: 'store a token (secret on stdin) in the keychain',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values } = parseCliArgs({
      args: argv,
      options: {
        host: { type: 'string' }, label: { type: 'string' }, url: { type: 'string' }, org: { type: 'string' },
        collection: { type: 'string' }, region: { type: 'string' }, username: { type: 'string' }, email: { type: 'string' },
        purpose: { type: 'string' }, expires: { type: 'string' }, note: { type: 'string', multiple: true }, json: { type: 'boolean' },
      },
      strict: true,
    })
    if (!values.host || !isHostKind(values.host)) throw new AppError('invalid-input', `--host must be one of: ${HOST_KINDS.join(', ')}.`)
    if (!values.label) throw new AppError('invalid-input', 'Give the token a label with --label (e.g. --label work-laptop).')
    if (values.purpose !== undefined && !isPurpose(values.purpose)) throw new AppError('invalid-input', `--purpose must be one of: ${PURPOSES.join(', ')}.`)
    if (values.expires !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.expires) || Number.isNaN(Date.parse(values.expires))))
      throw new AppError('invalid-input', '--expires must be a date like 2026-12-31.')
    // The host catalog checks where the host is (https, organization, collection, region) before the secret is read.
    const where = normalizeHostLocation(values.host, values)
    if (!where.ok) throw new AppError('invalid-input', where.message)
    const secret = await io.readSecret('Paste the token (input hidden): ')
    const req: AddTokenRequest = {
      host: values.host,
      label: values.label,
      secret,
      url: where.value.url,
      ...(where.value.org ? { org: where.value.org } : {}),
      ...(where.value.collection ? { collection: where.value.collection } : {}),
      ...(where.value.region ? { region: where.value.region } : {}),
      ...(values.username ? { username: values.username } : {}),
      ...(values.email ? { email: values.email } : {}),
      ...(values.purpose ? { purpose: values.purpose as AddTokenRequest['purpose'] } : {}),
      ...(values.expires ? { expiresAt: values.expires, expirySource: 'user' as const } : {}),
      ...(values.note?.length ? { usedIn: values.note } : {}),
    }
    const record = await services.vault.add(req)
    if (values.json) io.out(JSON.stringify(tokenJson(record), null, 2))
    else io.out(`Stored "${record.label}" (${record.host}) in the system keychain. Id: ${record.id}`)
    return EXIT.ok
  },
}

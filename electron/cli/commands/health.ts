import { resolve } from 'node:path'
import { parseCliArgs } from '../../vault/cli-args'
import { table } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper health [--scan [<folder>...]] [--json]

Risk flags for every token: no expiry, lifetime beyond the host's recommendation, scopes beyond the
token's purpose, Azure DevOps all-organisation tokens, plaintext copies, unused for 90 days (where the host
reports last use: GitLab), the same secret stored twice, age past your rotation advice, revoked.

  --scan   also look for plaintext copies first (your tool files, and repositories under the folders
           named after --scan); without it, plaintext copies are not checked
  --json   print {generatedAt, tokens: [{tokenId, label, host, flags: [{code, severity, title, why,
           action, guideStep}]}]}, worst first

Exit codes: 0 no high-severity flag, 1 at least one high-severity flag, 3 keychain problem, 5 other error.`

/** `patkeeper health`: risk flags per token. */
export const healthCommand: Command = {
  name: 'health',
  summary: 'risk flags per token [--scan] [--json]',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values, positionals } = parseCliArgs({ args: argv, options: { scan: { type: 'boolean' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true })
    if (values.scan) await services.health.scan(positionals.map((p) => resolve(p)))
    const report = await services.health.report({ compareSecrets: true })
    const high = report.tokens.some((t) => t.flags.some((f) => f.severity === 'high'))
    if (values.json) io.out(JSON.stringify(report, null, 2))
    else {
      const rows = [['LABEL', 'HOST', 'SEVERITY', 'FLAG', 'WHAT TO DO']]
      for (const t of report.tokens) for (const f of t.flags) rows.push([t.label, t.host, f.severity, f.title, f.action])
      io.out(rows.length > 1 ? table(rows) : 'No risks found.')
    }
    return high ? EXIT.failed : EXIT.ok
  },
}

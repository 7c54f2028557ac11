import { AppError } from '../../errors/app-error'
import { parseCliArgs } from '../../vault/cli-args'
import { table } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper import [--from <file>]... [--dry-run] [--yes] [--erase]

Finds tokens stored in plaintext by git's credential store (~/.git-credentials and
$XDG_CONFIG_HOME/git/credentials), shows them masked, and stores them in the system keychain.

  --from <file>   read this credential file instead (repeatable)
  --dry-run       only list what would be imported; change nothing
  --yes           import without asking (required when stdin is not a terminal)
  --erase         after a successful import, remove the imported entries from the plaintext file with
                  "git credential-store erase" (a backup copy of the file is kept; delete it when sure)
  --json          print the candidates (with --dry-run) or the outcomes as JSON

Entries whose server kind cannot be told from its name (not github.com, gitlab.com, bitbucket.org,
dev.azure.com, CodeCommit, or a name containing gitlab/github/bitbucket/tfs) are skipped: add those with
"patkeeper add". Entries already in PAT Keeper (same host and username) are skipped.

Exit codes: 0 ok, 1 some entries failed, 2 bad options or not confirmed, 3 keychain problem, 5 other error.`

/** `patkeeper import`: plaintext git credentials into the keychain. */
export const importCommand: Command = {
  name: 'import',
  summary: 'move plaintext git credentials into the keychain',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values } = parseCliArgs({
      args: argv,
      options: { from: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean' }, yes: { type: 'boolean', short: 'y' }, erase: { type: 'boolean' }, json: { type: 'boolean' } },
      strict: true,
    })
    const files = values.from?.length ? values.from : services.importer.defaultFiles()
    const candidates = await services.importer.scan(files)
    if (!values.json || !values['dry-run']) {
      if (candidates.length === 0) {
        io.out(`No plaintext credentials found in ${files.join(', ')}.`)
        return EXIT.ok
      }
      io.out(table([['#', 'HOST', 'ACCOUNT', 'TOKEN', 'FILE', 'NOTE'], ...candidates.map((c, i) => [
        String(i + 1), c.host ? `${c.host}${c.guessed ? '?' : ''}` : 'unknown', c.username || '-', c.masked, `${c.file}:${c.line}`,
        c.alreadyStored ? 'already in PAT Keeper' : c.host ? '' : 'kind unknown: use patkeeper add',
      ])]))
    }
    if (values['dry-run']) {
      if (values.json) io.out(JSON.stringify(candidates, null, 2))
      return EXIT.ok
    }
    const chosen = candidates.filter((c) => c.host && !c.alreadyStored)
    if (chosen.length === 0) {
      io.out('Nothing to import.')
      return EXIT.ok
    }
    if (!values.yes && !(await io.confirm(`Import ${chosen.length} token(s) into the system keychain?`)))
      throw new AppError('invalid-input', 'Nothing imported. Confirm on a terminal, or pass --yes.')
    const outcomes = await services.importer.run(chosen.map((c) => ({ key: c.key, label: c.suggestedLabel })), files)
    if (values.json) io.out(JSON.stringify(outcomes, null, 2))
    else for (const o of outcomes) io.out(`${o.ok ? 'imported' : 'FAILED  '} ${o.label ?? o.key}: ${o.message}`)
    const done = outcomes.filter((o) => o.ok).map((o) => o.key)
    if (values.erase && done.length) {
      for (const file of files) {
        const keys = candidates.filter((c) => c.file === file && done.includes(c.key)).map((c) => c.key)
        if (keys.length) io.out((await services.importer.erase(file, keys)).message)
      }
    } else if (done.length) io.out('The tokens are still in the plaintext file too: run again with --erase, or use the Import screen, to remove them.')
    return outcomes.every((o) => o.ok) ? EXIT.ok : EXIT.failed
  },
}

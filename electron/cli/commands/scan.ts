import { resolve } from 'node:path'
import { isHostKind } from '../../../shared/domain/hosts'
import { AppError, isAppError } from '../../errors/app-error'
import { parseCliArgs } from '../../vault/cli-args'
import { table } from '../../vault/cli-format'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper scan [<folder>...] [--no-tool-files] [--json]
       patkeeper scan [<folder>...] --fix <key>... [--host <kind>] [--label <label>] [--yes]
       patkeeper scan --undo <fix id>

Looks for tokens stored in plaintext and shows them masked: remote URLs with credentials in the
.git/config of repositories under the folders you name (only those), ~/.netrc and ~/_netrc, GitHub and
GitLab registry tokens in ~/.npmrc and in repositories' .npmrc, gh's hosts.yml, glab's config.yml, Docker's
config.json (ghcr.io and GitLab registries) and git's credential files. Says when PAT Keeper already keeps
the same secret.

  --no-tool-files  only search the folders (skip ~/.netrc, ~/.npmrc, gh, glab, Docker, git credentials)
  --json           print {findings, filesRead, repositories, problems} as JSON; a finding has key, kind,
                   file, line, hostname, host, username, masked, keptAs, repo, remote, fix ("rewrite" or
                   "command") and commands. Never a secret.
  --fix <key>      import that finding into the keychain and fix it: a remote URL is rewritten without
                   credentials and git is set up through PAT Keeper for that repository; a netrc or git
                   credential entry is erased. The old file is kept as <file>.patkeeper-backup-<time>.
                   For gh, glab, Docker and npm files the commands that move the token are printed.
  --host <kind>    host kind for a finding whose server PAT Keeper cannot tell
  --label <label>  label for the imported token (default user@host)
  --yes            fix without asking (required when stdin is not a terminal)
  --undo <fix id>  put a fixed file back as it was (and remove a token the fix imported)

Exit codes: 0 ok (findings or not), 1 a fix failed, 2 bad options or not confirmed, 3 keychain problem,
4 no such finding or fix, 5 other error.`

/** `patkeeper scan`: find plaintext copies of tokens, fix and undo them. */
export const scanCommand: Command = {
  name: 'scan',
  summary: 'find tokens stored in plaintext (and fix them with --fix)',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values, positionals } = parseCliArgs({
      args: argv,
      options: { 'no-tool-files': { type: 'boolean' }, json: { type: 'boolean' }, fix: { type: 'string', multiple: true }, host: { type: 'string' }, label: { type: 'string' }, yes: { type: 'boolean', short: 'y' }, undo: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    })
    if (values.undo) {
      const undone = await services.health.undo(values.undo)
      io.out(undone.message)
      return EXIT.ok
    }
    if (values.host !== undefined && !isHostKind(values.host)) throw new AppError('invalid-input', `--host must be one of the host kinds (see patkeeper --help), not "${values.host.slice(0, 40)}".`)
    // Progress goes to stderr (every 50 repositories), so --json output on stdout stays one document.
    const onProgress = (p: { phase: string; done: number; findings: number }) => p.phase === 'repositories' && io.err(`scanning: ${p.done} repositories read, ${p.findings} plaintext token(s) so far`)
    const report = await services.health.scan(positionals.map((p) => resolve(p)), { toolFiles: !values['no-tool-files'], onProgress })
    if (values.json && !values.fix) {
      io.out(JSON.stringify(report, null, 2))
      return EXIT.ok
    }
    for (const p of report.problems) io.err(p)
    if (report.findings.length === 0) io.out(`No plaintext tokens found (${report.filesRead} files, ${report.repositories} repositories read).`)
    else
      io.out(table([['KEY', 'KIND', 'HOST', 'ACCOUNT', 'TOKEN', 'WHERE', 'NOTE'], ...report.findings.map((f) => [
        f.key, f.kind, f.hostname, f.username ?? '-', f.masked, `${f.file}:${f.line}`, f.keptAs ? `kept as "${f.keptAs.label}"` : '',
      ])]))
    if (!values.fix?.length) {
      if (report.findings.length) io.out('Fix one with: patkeeper scan <same folders> --fix <KEY>')
      return EXIT.ok
    }
    const unknown = values.fix.find((key) => !report.findings.some((f) => f.key === key))
    if (unknown) throw new AppError('not-found', `No finding with key ${unknown.slice(0, 20)} in this scan; nothing was changed.`)
    if (!values.yes && !(await io.confirm(`Fix ${values.fix.length} finding(s)? Each file is backed up first.`)))
      throw new AppError('invalid-input', 'Nothing changed. Confirm on a terminal, or pass --yes.')
    let failed = false
    for (const key of values.fix) {
      const finding = report.findings.find((f) => f.key === key)!
      try {
        const fix = await services.health.fix(key, { ...(values.host ? { host: values.host } : {}), ...(values.label ? { label: values.label } : {}) })
        io.out(`fixed ${key}: ${fix.message}`)
        for (const c of finding.commands ?? []) io.out(`  ${c}`)
        io.out(`  undo: patkeeper scan --undo ${fix.id}`)
      } catch (error) {
        failed = true
        io.err(`FAILED ${key}: ${isAppError(error) ? error.message : 'unexpected error; nothing was changed.'}`)
      }
    }
    return failed ? EXIT.failed : EXIT.ok
  },
}

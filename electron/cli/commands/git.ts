import { resolve } from 'node:path'
import type { GitSetupPreview } from '../../../shared/domain/git'
import { AppError } from '../../errors/app-error'
import { parseCliArgs } from '../../vault/cli-args'
import { EXIT, type CliIo, type Command } from '../command'

const HELP = `Usage:
  patkeeper git setup <label|id> [--global | --repo <path>] [--path <prefix>] [--dry-run]
  patkeeper git undo [<label|id>]

setup  Makes git use PAT Keeper for the token's host: writes, through "git config", the credential helper
       for that URL (after an empty entry that resets helpers configured earlier for it), the username,
       and useHttpPath when a path prefix (or CodeCommit) needs it. Prints the exact commands first.
         --global       the user's global git config (default)
         --repo <path>  only this repository's own config
         --path <org>   only repositories under this path on the host (an org or group), so two accounts
                        on one host each get their own token; the deepest matching prefix wins
         --dry-run      print what would change and change nothing
undo   Restores the git config exactly as it was before setup: without a label the newest change, with a
       label every change made for that token (newest first).

The helper git then runs, patkeeper credential get|store|erase (the installed copy, see "patkeeper doctor"):
  get    answers with the token bound to the request's host, port, path prefix and user name (the deepest
         path prefix wins); prints nothing for other hosts so git asks its next helper; refuses an expired
         or revoked token with one line on stderr; signs a fresh password for CodeCommit access keys.
  store  does nothing: the keychain is the only copy, and git's copies from other helpers are not taken in.
  erase  (the server refused the token) records the refusal for the app to show; the token is kept.

Exit codes: 0 ok, 2 usage or conflict, 4 no such token or nothing to undo, 5 git failed (nothing else changed).`

const printPreview = (io: CliIo, p: GitSetupPreview, dryRun: boolean) => {
  const where = p.scope === 'global' ? 'global git config' : `repository ${p.repoPath}`
  if (p.alreadyConfigured) io.out(`git is already set up for ${p.url} in the ${where}; nothing to change.`)
  else {
    io.out(`${dryRun ? 'Would run' : 'Running'} (${where}, user name "${p.username}"):`)
    for (const c of p.commands) io.out(`  ${c}`)
  }
  for (const c of p.conflicts) io.out(`Note: helper "${c.helper}" (${c.scope}, ${c.origin}): ${c.explanation}`)
}

/** `patkeeper git setup|undo`: "Use with git" from a terminal. */
export const gitCommand: Command = {
  name: 'git',
  summary: 'set up git to use a token (setup), or undo that (undo)',
  help: HELP,
  run: async (argv, { services, io }) => {
    const [action, ...rest] = argv
    if (action === 'setup') {
      const { values, positionals } = parseCliArgs({
        args: rest,
        options: { global: { type: 'boolean' }, repo: { type: 'string' }, path: { type: 'string' }, 'dry-run': { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      })
      if (positionals.length !== 1) throw new AppError('invalid-input', 'Name one token: patkeeper git setup <label|id>.')
      if (values.global && values.repo) throw new AppError('invalid-input', 'Choose --global or --repo <path>, not both.')
      const req = { token: positionals[0]!, scope: values.repo ? ('repo' as const) : ('global' as const), ...(values.repo ? { repoPath: resolve(values.repo) } : {}), ...(values.path ? { pathPrefix: values.path } : {}) }
      if (values['dry-run']) {
        printPreview(io, await services.git.preview(req), true)
        return EXIT.ok
      }
      const { preview, change } = await services.git.apply(req)
      printPreview(io, preview, false)
      if (change) io.out(`Done. Undo with: patkeeper git undo "${(await services.vault.find(preview.tokenId)).label}"`)
      return EXIT.ok
    }
    if (action === 'undo') {
      const { positionals } = parseCliArgs({ args: rest, options: {}, allowPositionals: true, strict: true })
      if (positionals.length > 1) throw new AppError('invalid-input', 'Name at most one token: patkeeper git undo [<label|id>].')
      const { undone, notes } = await services.git.undo(positionals[0])
      for (const c of undone) io.out(`Restored the ${c.scope === 'global' ? 'global git config' : `config of ${c.repoPath}`} for ${c.url}.`)
      for (const n of notes) io.out(`Note: ${n}`)
      return EXIT.ok
    }
    throw new AppError('invalid-input', 'Use "patkeeper git setup <label|id>" or "patkeeper git undo [<label|id>]" (see --help).')
  },
}

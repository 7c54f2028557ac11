import { dirname } from 'node:path'
import type { FindingKind, FixMode } from '../../shared/domain/health'
import { shellQuote } from '../git/helper-command'
import type { RawFinding } from './raw-finding'

/** Kinds PAT Keeper rewrites itself (after a backup); the others belong to a tool with its own secure storage. */
export const fixModeOf = (kind: FindingKind): FixMode => (kind === 'git-remote' || kind === 'netrc' || kind === 'git-credentials' ? 'rewrite' : 'command')

/**
 * The exact commands that move a secret off plaintext with the owning tool:
 * gh stores tokens in the system keyring unless `--insecure-storage` is given (https://cli.github.com/manual/gh_auth_login);
 * glab keeps them in the keyring with `--use-keyring` (https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/auth/login.md);
 * Docker uses a credential store named by `credsStore` (https://docs.docker.com/reference/cli/docker/login/#credential-stores);
 * npm has no keychain, but reads `${VAR}` in .npmrc from the environment (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#files).
 */
export const fixCommands = (f: RawFinding): string[] => {
  const q = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : shellQuote(word))
  switch (f.kind) {
    case 'gh-hosts':
      return [`gh auth logout --hostname ${q(f.hostname)}${f.username ? ` --user ${q(f.username)}` : ''}`, `gh auth login --hostname ${q(f.hostname)}`]
    case 'glab-config':
      return [`glab auth logout --hostname ${q(f.hostname)}`, `glab auth login --hostname ${q(f.hostname)} --use-keyring`]
    case 'docker-config':
      return [
        `docker logout ${q(f.hostname)}`,
        'set "credsStore" in ~/.docker/config.json to your system\'s helper ("secretservice" on Linux, "osxkeychain" on macOS, "wincred" on Windows)',
        `docker login ${q(f.hostname)}${f.username ? ` --username ${q(f.username)}` : ''} --password-stdin`,
      ]
    case 'npmrc': {
      const key = `//${f.hostname}/${f.path ?? ''}:_authToken`
      // A project .npmrc (found in a repository) is edited with --location=project from that folder.
      const where = f.repo ? `cd ${q(dirname(f.file))} && ` : ''
      const location = f.repo ? ' --location=project' : ''
      return [
        `${where}npm config delete ${q(key)}${location}`,
        `${where}npm config set ${q(key)} '\${NPM_TOKEN}'${location}  # then export NPM_TOKEN from your keychain when you need it`,
      ]
    }
    default:
      return []
  }
}

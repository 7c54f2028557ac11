import { join } from 'node:path'
import type { FindingKind } from '../../shared/domain/health'
import { defaultCredentialFiles } from '../import/credential-file'

/** A tool's own file the scan reads, outside repositories. */
export interface ToolFile {
  kind: Exclude<FindingKind, 'git-remote'>
  path: string
}

type Env = Readonly<Record<string, string | undefined>>

/**
 * Where each tool keeps its file for this user, honouring the tools' own overrides:
 * netrc: `~/.netrc`, `~/_netrc` on Windows (curl: https://everything.curl.dev/usingcurl/netrc.html);
 * npm: `NPM_CONFIG_USERCONFIG` or `~/.npmrc` (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#files);
 * gh: `GH_CONFIG_DIR`, else `$XDG_CONFIG_HOME/gh`, else `~/.config/gh` (`gh help environment`,
 * https://cli.github.com/manual/gh_help_environment); glab: `GLAB_CONFIG_DIR`, else `~/.config/glab-cli`
 * (https://gitlab.com/gitlab-org/cli#configuration); Docker: `DOCKER_CONFIG`, else `~/.docker`
 * (https://docs.docker.com/reference/cli/docker/#environment-variables); git's credential store files as the
 * importer reads them (git-credential-store(1) FILES).
 */
export const toolFiles = (home: string, env: Env): ToolFile[] => {
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config')
  return [
    { kind: 'netrc', path: join(home, '.netrc') },
    { kind: 'netrc', path: join(home, '_netrc') },
    { kind: 'npmrc', path: env.NPM_CONFIG_USERCONFIG || join(home, '.npmrc') },
    { kind: 'gh-hosts', path: join(env.GH_CONFIG_DIR || join(xdg, 'gh'), 'hosts.yml') },
    { kind: 'glab-config', path: join(env.GLAB_CONFIG_DIR || join(xdg, 'glab-cli'), 'config.yml') },
    { kind: 'docker-config', path: join(env.DOCKER_CONFIG || join(home, '.docker'), 'config.json') },
    ...defaultCredentialFiles({ ...env, HOME: home }).map((path) => ({ kind: 'git-credentials' as const, path })),
  ]
}

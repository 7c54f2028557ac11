import type { FindingKind } from '../../shared/domain/health'
import { parseCredentialText } from '../import/credential-file'
import type { RawFinding } from './raw-finding'
import { dockerConfigFindings } from './sources/docker-config'
import { ghHostsFindings, glabConfigFindings } from './sources/cli-configs'
import { parseGitConfigRemotes } from './sources/git-remotes'
import { netrcFindings } from './sources/netrc'
import { npmrcFindings } from './sources/npmrc'

/** The plaintext secrets in one file's text, read the way its kind is written. */
export const parseFile = (kind: FindingKind, file: string, text: string, repo?: string): RawFinding[] => {
  switch (kind) {
    case 'git-remote':
      return parseGitConfigRemotes(file, repo ?? '', text)
    case 'netrc':
      return netrcFindings(file, text)
    case 'npmrc':
      return npmrcFindings(file, text).map((f) => (repo ? { ...f, repo } : f))
    case 'gh-hosts':
      return ghHostsFindings(file, text)
    case 'glab-config':
      return glabConfigFindings(file, text)
    case 'docker-config':
      return dockerConfigFindings(file, text)
    case 'git-credentials':
      // git-credential-store(1): one `https://user:pass@host[/path]` per line; the importer's parser.
      return parseCredentialText(file, text).map((c) => ({
        kind, file, line: c.line + 1, hostname: `${c.hostname}${c.port ? `:${c.port}` : ''}`, protocol: c.protocol,
        ...(c.path ? { path: c.path } : {}), ...(c.username ? { username: c.username } : {}), secret: c.secret,
      }))
  }
}

import type { RawFinding } from '../raw-finding'

/**
 * `_authToken` lines for GitHub and GitLab package registries in an .npmrc. npm's config docs: registry
 * credentials are scoped by URL without the scheme, `//registry.example/:_authToken=...`, and values may
 * reference environment variables as `${NAME}` (those are not plaintext and are skipped).
 * https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration ,
 * GitHub: https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry ,
 * GitLab: https://docs.gitlab.com/user/packages/npm_registry/
 */
export const npmrcFindings = (file: string, text: string): RawFinding[] => {
  const found: RawFinding[] = []
  text.split('\n').forEach((raw, index) => {
    const m = /^\s*\/\/([^/\s:]+(?::\d+)?)(\/[^\s]*?)?:_authToken\s*=\s*"?([^"\s]+)"?\s*$/.exec(raw)
    if (!m) return
    const [, hostname, path = '/', secret] = m as unknown as [string, string, string | undefined, string]
    if (/\$\{[^}]+\}/.test(secret)) return
    const isGitHub = hostname === 'npm.pkg.github.com' || /^npm\./.test(hostname) && hostname.includes('github')
    const isGitLab = /\/api\/v4\/(?:projects\/[^/]+\/|groups\/[^/]+\/)?packages\/npm\//.test(path)
    if (!isGitHub && !isGitLab) return
    found.push({ kind: 'npmrc', file, line: index + 1, hostname, protocol: 'https', path: path.replace(/^\//, ''), secret })
  })
  return found
}

import type { RawFinding } from '../raw-finding'
import { yamlKeys } from './yaml-keys'

/**
 * gh's hosts.yml: hosts at the top level, `oauth_token` under the host (older files) and under
 * `users: <login>:` (multi-account files); with the system keyring in use the key is absent. Source: cli/cli
 * internal/config/migration/multi_account.go and its test (layouts before and after the migration), and
 * `gh auth login --insecure-storage` ("Save authentication credentials in plain text",
 * https://cli.github.com/manual/gh_auth_login).
 */
export const ghHostsFindings = (file: string, text: string): RawFinding[] => {
  const keys = yamlKeys(text)
  const found: RawFinding[] = []
  for (const k of keys) {
    if (k.key !== 'oauth_token' || !k.value) continue
    const parents = k.parents[0] === 'hosts' ? k.parents.slice(1) : k.parents
    const host = parents[0]
    if (!host) continue
    const login = parents[1] === 'users' ? parents[2] : keys.find((o) => o.key === 'user' && o.parents.join('\0') === k.parents.join('\0'))?.value
    // The same token is repeated under `users:` after gh's migration; report each place (both are plaintext).
    found.push({ kind: 'gh-hosts', file, line: k.line, hostname: host, protocol: 'https', ...(login ? { username: login } : {}), secret: k.value })
  }
  return found
}

/**
 * glab's config.yml: `hosts: <host>: token: <pat>` (plus `api_host`, `api_protocol`, `user`). Source:
 * gitlab-org/cli docs `glab config set token xxxxx -h gitlab.com` (per-host keys are written to
 * ~/.config/glab-cli/config.yml, https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/config/set.md;
 * host keys `token`, `api_host`, `api_protocol`, `git_protocol`, `user`). With a keyring the token is not in the file.
 */
export const glabConfigFindings = (file: string, text: string): RawFinding[] => {
  const keys = yamlKeys(text)
  const found: RawFinding[] = []
  for (const k of keys) {
    if (k.key !== 'token' || !k.value || k.parents[0] !== 'hosts' || k.parents.length !== 2) continue
    const host = k.parents[1]!
    const sib = (name: string) => keys.find((o) => o.key === name && o.parents.join('\0') === k.parents.join('\0'))?.value
    const apiHost = sib('api_host') || host
    const user = sib('user')
    found.push({ kind: 'glab-config', file, line: k.line, hostname: apiHost, protocol: sib('api_protocol') === 'http' ? 'http' : 'https', ...(user ? { username: user } : {}), secret: k.value })
  }
  return found
}

import type { RawFinding } from '../raw-finding'

/**
 * Remote URLs with a password in a repository's `.git/config`. git-config(1) "CONFIGURATION FILE": sections
 * are `[remote "name"]`, keys are case-insensitive, `url`/`pushurl` hold the address; gitfaq(7)
 * "Credentials" warns that `https://user:token@host/...` stores the token in plaintext in this file.
 * https://git-scm.com/docs/git-config#_configuration_file , https://git-scm.com/docs/gitfaq#http-credentials
 */
export const parseGitConfigRemotes = (file: string, repo: string, text: string): RawFinding[] => {
  const found: RawFinding[] = []
  let remote: string | undefined
  text.split('\n').forEach((raw, index) => {
    const section = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(raw)
    if (section) {
      remote = section[1]!.toLowerCase() === 'remote' && section[2] !== undefined ? section[2].replace(/\\(.)/g, '$1') : undefined
      return
    }
    if (remote === undefined) return
    const entry = /^\s*(url|pushurl)\s*=\s*"?([^"\s;#]+)"?/i.exec(raw)
    if (!entry) return
    let url: URL
    try {
      url = new URL(entry[2]!)
    } catch {
      return
    }
    if (!url.password && !(url.username && /^https?:$/.test(url.protocol) && looksLikeToken(decodeURIComponent(url.username)))) return
    if (!/^https?:$/.test(url.protocol)) return
    // A token given as the only user part (`https://<token>@github.com/...`) is as exposed as a password.
    const secret = decodeURIComponent(url.password || url.username)
    found.push({
      kind: 'git-remote', file, line: index + 1, hostname: url.host, protocol: url.protocol.slice(0, -1),
      path: decodeURIComponent(url.pathname.replace(/^\/+/, '')),
      ...(url.password && url.username ? { username: decodeURIComponent(url.username) } : {}),
      secret, repo, remote, urlKey: entry[1]!.toLowerCase() as 'url' | 'pushurl',
    })
  })
  return found
}

/** A user part that is itself a token (long, no spaces), not an ordinary account name. */
const looksLikeToken = (user: string): boolean => user.length >= 20 && /^[A-Za-z0-9_\-.]+$/.test(user)

/** The remote URL with user and password removed (what the fix writes back). */
export const cleanRemoteUrl = (raw: string): string => {
  const url = new URL(raw)
  url.username = ''
  url.password = ''
  return url.toString()
}

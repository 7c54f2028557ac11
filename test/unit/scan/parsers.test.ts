import { describe, expect, it } from 'vitest'
import { ghHostsFindings, glabConfigFindings } from '../../../electron/scan/sources/cli-configs'
import { dockerConfigFindings } from '../../../electron/scan/sources/docker-config'
import { cleanRemoteUrl, parseGitConfigRemotes } from '../../../electron/scan/sources/git-remotes'
import { netrcFindings, parseNetrc, withoutNetrcEntry } from '../../../electron/scan/sources/netrc'
import { npmrcFindings } from '../../../electron/scan/sources/npmrc'

const GH = 'ghp_' + 'a'.repeat(36)
const GL = 'glpat-' + 'b'.repeat(20)

describe('plaintext parsers read each file in its real format', () => {
  it('git config: remote url and pushurl with credentials, not other sections or ssh', () => {
    const text = `[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://dana:${GH}@github.com/acme/app.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[remote "mirror"]\n\turl = git@github.com:acme/app.git\n\tpushurl = https://${GL}@gitlab.com/acme/app.git\n[branch "main"]\n\tremote = origin\n[url "https://x:y@example.com/"]\n\tinsteadOf = gh:\n`
    const found = parseGitConfigRemotes('/r/.git/config', '/r', text)
    expect(found.map((f) => [f.remote, f.urlKey, f.line, f.hostname, f.username, f.secret])).toEqual([
      ['origin', 'url', 4, 'github.com', 'dana', GH],
      ['mirror', 'pushurl', 8, 'gitlab.com', undefined, GL],
    ])
    expect(cleanRemoteUrl(`https://dana:${GH}@github.com/acme/app.git`)).toBe('https://github.com/acme/app.git')
  })

  it('netrc: machine/default entries across lines, one-line entries, comments and macdef', () => {
    const text = `# work\nmachine github.com\n  login dana\n  password ${GH}\n\nmachine a.example login x password p1 machine b.example login y password p2\nmacdef init\ncd /pub\npassword notatoken\n\ndefault login anonymous password me@example.org\n`
    const found = netrcFindings('/h/.netrc', text)
    expect(found.map((f) => [f.hostname, f.username, f.secret, f.line])).toEqual([
      ['github.com', 'dana', GH, 2], ['a.example', 'x', 'p1', 6], ['b.example', 'y', 'p2', 6], ['*', 'anonymous', 'me@example.org', 11],
    ])
    const entries = parseNetrc(text)
    expect(withoutNetrcEntry(text, entries[0]!)).toBe(text.replace(`machine github.com\n  login dana\n  password ${GH}\n\n`, ''))
    // Removing the second entry of a shared line keeps the first; its macro (part of that entry) goes with it.
    const second = withoutNetrcEntry(text, entries[2]!)
    expect(second).toContain('machine a.example login x password p1 default login anonymous')
    expect(second).not.toContain('b.example')
  })

  it('npmrc: GitHub and GitLab registry tokens; env references and other registries are not plaintext findings', () => {
    const text = `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GH}\n//gitlab.example.com/api/v4/projects/42/packages/npm/:_authToken=${GL}\n//registry.npmjs.org/:_authToken=npm_xyz\n//npm.pkg.github.com/:_authToken=\${GITHUB_TOKEN}\n`
    expect(npmrcFindings('/h/.npmrc', text).map((f) => [f.hostname, f.path, f.line, f.secret])).toEqual([
      ['npm.pkg.github.com', '', 2, GH], ['gitlab.example.com', 'api/v4/projects/42/packages/npm/', 3, GL],
    ])
  })

  it('gh hosts.yml: token under the host and under users (after gh multi-account migration); keyring files have none', () => {
    const text = `github.com:\n    users:\n        dana:\n            oauth_token: ${GH}\n    git_protocol: https\n    user: dana\n    oauth_token: ${GH}\nghe.example.com:\n    users:\n        dee:\n    git_protocol: ssh\n    user: dee\n`
    expect(ghHostsFindings('/h/hosts.yml', text).map((f) => [f.hostname, f.username, f.line])).toEqual([['github.com', 'dana', 4], ['github.com', 'dana', 7]])
  })

  it('glab config.yml: per-host token with api_host', () => {
    const text = `git_protocol: ssh\nhosts:\n    gitlab.com:\n        token: ${GL}\n        api_host: gitlab.com\n        git_protocol: ssh\n        api_protocol: https\n        user: dana\n    gitlab.example.com:\n        token:\n        api_protocol: https\n`
    expect(glabConfigFindings('/h/config.yml', text).map((f) => [f.hostname, f.username, f.secret, f.line])).toEqual([['gitlab.com', 'dana', GL, 4]])
  })

  it('docker config.json: base64 auths for ghcr.io and GitLab registries, not Docker Hub', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64')
    const text = JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`dana:${GH}`) }, 'https://index.docker.io/v1/': { auth: b64('d:hub') }, 'registry.gitlab.com': { auth: b64(`dana:${GL}`) } } }, null, '\t')
    expect(dockerConfigFindings('/h/config.json', text).map((f) => [f.hostname, f.username, f.secret, f.line])).toEqual([['ghcr.io', 'dana', GH, 3], ['registry.gitlab.com', 'dana', GL, 9]])
  })
})

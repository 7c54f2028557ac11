import { describe, expect, it } from 'vitest'
import type { GitBinding, UsedInNote } from '../../../shared/domain/token'
import { namedGithubRepos, namedReposNote } from '../../../electron/validation/validators/github-named-repos'

const binding = (pathPrefix?: string): GitBinding => ({ id: 'b', scope: 'global', configuredAt: '2026-12-01T00:00:00Z', ...(pathPrefix ? { pathPrefix } : {}) })
const note = (text: string): UsedInNote => ({ id: 'n', text })

describe('repositories a GitHub check also asks about (what the user named)', () => {
  it('names nothing when the user named no repository', () => {
    expect(namedGithubRepos({ host: 'github' })).toEqual([])
    expect(namedGithubRepos({ host: 'github', gitBindings: [binding()], usedIn: [note('GitHub Actions runner')] })).toEqual([])
  })

  it('takes owner/name git setups, skips org-only prefixes (no documented SSO answer on /orgs)', () => {
    expect(namedGithubRepos({ host: 'github', gitBindings: [binding('acme/app'), binding('acme'), binding('acme/lib.git')] })).toEqual(['acme/app', 'acme/lib'])
    expect(namedGithubRepos({ host: 'github', gitBindings: [binding('acme/app/sub')] })).toEqual(['acme/app'])
  })

  it('takes repository URLs from "used in" notes only on the token\'s own host', () => {
    const usedIn = [note('CI of https://github.com/acme/app/actions, mirror https://gitlab.com/acme/app.'), note('see https://github.com/orgs/acme/people'), note('https://github.example.com/acme/web')]
    expect(namedGithubRepos({ host: 'github', usedIn })).toEqual(['acme/app'])
    expect(namedGithubRepos({ host: 'github-enterprise', url: 'https://github.example.com', usedIn })).toEqual(['acme/web'])
  })

  it('takes the repository field as owner/name or a URL on the token\'s host, first', () => {
    expect(namedGithubRepos({ host: 'github', repository: 'https://github.com/acme/api.git', gitBindings: [binding('acme/app')] })).toEqual(['acme/api', 'acme/app'])
    expect(namedGithubRepos({ host: 'github', repository: 'https://evil.example/acme/api' })).toEqual([])
    expect(namedGithubRepos({ host: 'github', repository: 'acme/api' })).toEqual(['acme/api'])
  })

  it('deduplicates case-insensitively and asks about at most three', () => {
    const repos = namedGithubRepos({
      host: 'github',
      repository: 'Acme/App',
      gitBindings: [binding('acme/app'), binding('acme/one'), binding('acme/two'), binding('acme/three')],
    })
    expect(repos).toEqual(['Acme/App', 'acme/one', 'acme/two'])
  })

  it('never asks other host kinds, nor a GHES token without a usable URL', () => {
    expect(namedGithubRepos({ host: 'gitlab', gitBindings: [binding('acme/app')] })).toEqual([])
    expect(namedGithubRepos({ host: 'github-enterprise', url: 'not a url', gitBindings: [binding('acme/app')] })).toEqual([])
  })
})

describe('the note on an accepted GitHub check', () => {
  it('says how to have org-level refusals looked for, where they were, and which named repository is public', () => {
    expect(namedReposNote('GitHub', [])).toMatch(/Set the token up for git on "owner\/repo", or add the repository's URL under "Used in"/)
    expect(namedReposNote('GitHub', ['acme/app', 'acme/site'], ['acme/site'])).toMatch(/^Also checked on acme\/app, acme\/site \(public: acme\/site; a token still waiting for approval can read public repositories/)
  })
})

import { describe, expect, it } from 'vitest'
import { explainConflicts, helperKind, readHelperEntries } from '../../../electron/git/conflicts'
import { createGitRunner } from '../../../electron/git/git-runner'
import { checkIdentity, setCommitEmail } from '../../../electron/git/identity'
import { checkRepoUrl, testRemote } from '../../../electron/git/remote-test'
import { createGitWorld } from '../../rigs/git/git-env'
import { tokenRecord } from '../../rigs/git/helper-fixture'

const gh = tokenRecord({
  label: 'gh',
  host: 'github',
  url: 'https://github.com',
  lastCheck: { status: 'valid', checkedAt: '2026-11-20T00:00:00Z', message: '', identity: { login: 'dana', emails: ['dana@work.example', 'dana@home.example'] } },
})

describe('commit identity check (real git config)', () => {
  it('warns when the repository email is not the account’s and fixes it in one step', async () => {
    const world = createGitWorld()
    const git = createGitRunner(world.env)
    await world.git(['config', '--global', 'user.email', 'dana@work.example'])
    expect(await checkIdentity(git, gh)).toMatchObject({ state: 'ok', effectiveEmail: 'dana@work.example' })
    const repo = world.path('repo')
    await world.git(['init', repo])
    await world.git(['config', 'user.email', 'someone@else.example'], { cwd: repo })
    const local = await checkIdentity(git, gh, repo)
    expect(local).toMatchObject({ state: 'mismatch', localEmail: 'someone@else.example', globalEmail: 'dana@work.example', suggestion: 'dana@work.example' })
    expect(local.message).toContain('Commits in this repository use someone@else.example, which this account does not list')
    await setCommitEmail(git, 'dana@home.example', repo)
    expect(await checkIdentity(git, gh, repo)).toMatchObject({ state: 'ok', localEmail: 'dana@home.example' })
  })

  it("accepts GitHub's noreply address for the login and says when no account email is known", async () => {
    const world = createGitWorld()
    const git = createGitRunner(world.env)
    await world.git(['config', '--global', 'user.email', '12345+dana@users.noreply.github.com'])
    expect((await checkIdentity(git, gh)).state).toBe('ok')
    const bare = tokenRecord({ label: 'x', url: 'https://git.example.com' })
    expect((await checkIdentity(git, bare)).state).toBe('unknown')
  })
})

describe('helpers configured elsewhere', () => {
  it('names the well-known helpers', () => {
    expect(['osxkeychain', 'manager', 'manager-core', '/usr/local/share/gcm-core/git-credential-manager', 'store --file ~/.x', 'cache --timeout 900', '!/usr/bin/gh auth git-credential', '!aws codecommit credential-helper $@', '/usr/lib/git-core/git-credential-libsecret', 'wincred', 'foo'].map(helperKind)).toEqual([
      'osxkeychain', 'manager', 'manager', 'manager', 'store', 'cache', 'gh', 'aws-codecommit', 'libsecret', 'wincred', 'other',
    ])
  })

  it('tells which helpers the empty entry resets and which still run after PAT Keeper', async () => {
    const world = createGitWorld()
    await world.git(['config', '--global', 'credential.helper', 'cache'])
    await world.git(['config', '--global', '--add', 'credential.https://github.com.helper', '!gh auth git-credential'])
    await world.git(['config', '--global', '--add', 'credential.https://gitlab.com.helper', 'store'])
    const repo = world.path('r')
    await world.git(['init', repo])
    await world.git(['config', 'credential.https://github.com/work.helper', 'store'], { cwd: repo })
    const entries = await readHelperEntries(createGitRunner(world.env), repo)
    const conflicts = explainConflicts(entries, 'https://github.com/work', { scope: 'global', command: '!x' })
    expect(conflicts.map((c) => [c.helper, c.scope, c.effect])).toEqual([
      ['cache', 'global', 'reset'],
      ['!gh auth git-credential', 'global', 'reset'],
      ['store', 'local', 'after'],
    ])
    expect(conflicts[2]!.explanation).toContain('plain text to ~/.git-credentials')
  })
})

describe('Test (git ls-remote)', () => {
  it('refuses URLs with a token in them or non-HTTPS schemes, and explains a dead host', async () => {
    expect(() => checkRepoUrl('https://me:ghp_x@github.com/a/b.git')).toThrow('Leave the token out of the URL')
    expect(() => checkRepoUrl('git@github.com:a/b.git')).toThrow(/not a URL/)
    expect(() => checkRepoUrl('ssh://git@github.com/a/b.git')).toThrow('Use the HTTPS clone URL')
    const world = createGitWorld()
    const result = await testRemote(createGitRunner(world.env), 'http://127.0.0.1:9/nothing.git')
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('could not reach the server') })
    expect(result.detail).toMatch(/Failed to connect|Connection refused|Couldn't connect/)
  })
})

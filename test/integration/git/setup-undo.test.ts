import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { tempDir } from '../../helpers/test-deps'
import { createGitWorld, type GitWorld } from '../../rigs/git/git-env'
import { tokenRecord } from '../../rigs/git/helper-fixture'

const RICH_GLOBAL = `# my settings, hand-written
[user]
\tname = Dana Example
\temail = dana@example.org
[credential]
\thelper = osxkeychain
[credential "https://git.example.com"]
    username=someone-else   ; odd spacing and a comment
[alias]
\tst = status -sb
[credential "https://other.example.net"]
\thelper = store
`

describe('git setup and undo through git config', () => {
  let world: GitWorld
  let git: GitService
  const location = { executable: "/opt/pat keeper/it's/bin/patkeeper" }

  beforeEach(async () => {
    world = createGitWorld()
    const metadata = createMetadataStore(tempDir())
    await metadata.update((doc) => {
      doc.tokens.push(tokenRecord({ id: 'tok-work', label: 'work', url: 'https://git.example.com', username: 'dana' }))
      doc.tokens.push(tokenRecord({ id: 'tok-cc', label: 'aws', host: 'codecommit', url: 'https://git-codecommit.eu-west-1.amazonaws.com', region: 'eu-west-1', username: 'AKIAIOSFODNN7EXAMPLE' }))
      doc.tokens.push(tokenRecord({ id: 'tok-two', label: 'second', url: 'https://git.example.com', username: 'dana' }))
    })
    git = new GitService({ metadata, git: createGitRunner(world.env), env: world.env, clock: () => new Date(), helper: () => location, emit: () => undefined })
  })

  const globalBytes = () => (existsSync(world.globalConfig) ? readFileSync(world.globalConfig) : null)

  it('previews the exact commands without writing anything', async () => {
    writeFileSync(world.globalConfig, RICH_GLOBAL)
    const preview = await git.preview({ token: 'work', scope: 'global', pathPrefix: 'team a' })
    expect(preview.url).toBe('https://git.example.com/team%20a')
    expect(preview.commands).toEqual([
      `git config --global --add credential.https://git.example.com/team%20a.helper ''`,
      `git config --global --add credential.https://git.example.com/team%20a.helper '!'\\''/opt/pat keeper/it'\\''\\'\\'''\\''s/bin/patkeeper'\\'' credential'`,
      'git config --global --add credential.https://git.example.com/team%20a.username dana',
      'git config --global --add credential.https://git.example.com/team%20a.useHttpPath true',
    ])
    expect(preview.conflicts).toEqual([expect.objectContaining({ helper: 'osxkeychain', kind: 'osxkeychain', scope: 'global', effect: 'reset' })])
    expect(readFileSync(world.globalConfig, 'utf8')).toBe(RICH_GLOBAL)
  })

  it('keeps unrelated settings and restores the global file byte for byte', async () => {
    writeFileSync(world.globalConfig, RICH_GLOBAL)
    const before = globalBytes()
    const listBefore = (await world.git(['config', '--global', '--list'])).stdout.split('\n')
    await git.apply({ token: 'work', scope: 'global' })
    const listAfter = (await world.git(['config', '--global', '--list'])).stdout.split('\n')
    expect(listAfter).toEqual(expect.arrayContaining(listBefore))
    expect(listAfter).toContain('credential.https://git.example.com.username=dana')
    expect((await world.git(['config', '--global', '--get-all', 'credential.https://git.example.com.helper'])).stdout).toBe(
      `\n!'/opt/pat keeper/it'\\''s/bin/patkeeper' credential\n`,
    )
    await git.apply({ token: 'work', scope: 'global', pathPrefix: 'org' })
    expect(globalBytes()).not.toEqual(before)
    const { undone } = await git.undo('work')
    expect(undone).toHaveLength(2)
    expect(globalBytes()).toEqual(before)
  })

  it('removes a global file it created, leaving no empty section headers', async () => {
    expect(globalBytes()?.length).toBe(0)
    const { rmSync } = await import('node:fs')
    rmSync(world.globalConfig)
    await git.apply({ token: 'aws', scope: 'global' })
    expect(readFileSync(world.globalConfig, 'utf8')).toContain('useHttpPath = true')
    await git.undo()
    expect(existsSync(world.globalConfig)).toBe(false)
  })

  it('restores a repository config byte for byte and leaves the global file alone', async () => {
    writeFileSync(world.globalConfig, RICH_GLOBAL)
    const repo = world.path('my repo')
    await world.git(['init', repo])
    await world.git(['config', 'core.autocrlf', 'input'], { cwd: repo })
    const repoConfig = `${repo}/.git/config`
    const before = readFileSync(repoConfig)
    const preview = await git.preview({ token: 'work', scope: 'repo', repoPath: `${repo}/` })
    expect(preview.commands[0]).toMatch(/^git config --local --add/)
    await git.apply({ token: 'work', scope: 'repo', repoPath: repo })
    expect(readFileSync(repoConfig, 'utf8')).toContain('[credential "https://git.example.com"]')
    expect(readFileSync(world.globalConfig, 'utf8')).toBe(RICH_GLOBAL)
    await git.undo('work')
    expect(readFileSync(repoConfig)).toEqual(before)
  })

  it('lets a second token share a URL and undoes them newest first', async () => {
    writeFileSync(world.globalConfig, RICH_GLOBAL)
    const before = globalBytes()
    await git.apply({ token: 'work', scope: 'global' })
    const shared = await git.apply({ token: 'second', scope: 'global' })
    expect(shared.preview.alreadyConfigured).toBe(true)
    await expect(git.undo('work')).rejects.toThrow('Token "second" was set up later for https://git.example.com; undo that first')
    await git.undo('second')
    await git.undo('work')
    expect(globalBytes()).toEqual(before)
  })

  it('explains a helper that a repository config adds after PAT Keeper', async () => {
    const repo = world.path('r')
    await world.git(['init', repo])
    await world.git(['config', 'credential.helper', 'store'], { cwd: repo })
    const entries = await import('../../../electron/git/conflicts').then((m) => m.readHelperEntries(createGitRunner(world.env), repo))
    expect(entries).toEqual([expect.objectContaining({ scope: 'local', value: 'store' })])
    const preview = await git.preview({ token: 'work', scope: 'global' })
    expect(preview.conflicts).toEqual([])
    const inRepo = await git.preview({ token: 'work', scope: 'repo', repoPath: repo })
    expect(inRepo.conflicts).toEqual([expect.objectContaining({ kind: 'store', effect: 'reset' })])
  })

  it('restores a section that already had helpers and a user name for the same URL', async () => {
    const text = `[credential "https://git.example.com"]\n\thelper = store\n\tusername = x\n\tuseHttpPath = false\n[credential]\n\thelper = cache\n`
    writeFileSync(world.globalConfig, text)
    const preview = await git.preview({ token: 'work', scope: 'global' })
    expect(preview.conflicts.map((c) => [c.helper, c.effect])).toEqual([['store', 'reset'], ['cache', 'after']])
    await git.apply({ token: 'work', scope: 'global' })
    expect((await world.git(['config', '--global', '--get-all', 'credential.https://git.example.com.helper'])).stdout.split('\n').slice(0, 2)).toEqual(['store', ''])
    expect((await world.git(['config', '--global', '--get', 'credential.https://git.example.com.username'])).stdout.trim()).toBe('dana')
    await git.undo('work')
    expect(readFileSync(world.globalConfig, 'utf8')).toBe(text)
  })

  it('drops the record of a repository that was deleted since', async () => {
    const repo = world.path('gone')
    await world.git(['init', repo])
    await git.apply({ token: 'work', scope: 'repo', repoPath: repo })
    const { rmSync } = await import('node:fs')
    rmSync(repo, { recursive: true })
    const { notes } = await git.undo('work')
    expect(notes).toEqual([`${repo} no longer exists; its setup record was removed.`])
    expect(await git.changes()).toEqual([])
  })

  it('says clearly when the folder is not a repository', async () => {
    await expect(git.preview({ token: 'work', scope: 'repo', repoPath: world.path() })).rejects.toThrow(/is not inside a git repository/)
  })
})

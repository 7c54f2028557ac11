import { randomBytes } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/app/services'
import { createTestDeps, tempDir } from '../helpers/test-deps'
import { createGitWorld, type GitWorld } from '../rigs/git/git-env'
import { faultRows } from './support/fault-figures'
import { expectNothingLost, holdings } from './support/nothing-lost'
import { refusal } from '../helpers/outcomes'

// Fault rows "git is missing or its configuration is odd" (docs/faults.md): "Use with git" over a real
// git in an isolated world (git rig); each row re-reads the token, the keychain and the config files.
const row = faultRows('faults-git')
const SECRET = `ghp_${randomBytes(18).toString('hex')}`

/** Real services whose git runs in `world` (optionally with a different PATH), with one stored GitHub token. */
const setup = async (world: GitWorld, env: Record<string, string> = {}): Promise<{ services: Services; deps: ReturnType<typeof createTestDeps>; id: string }> => {
  const dataDir = tempDir()
  const deps = createTestDeps({ dataDir, env: { ...world.env, PATKEEPER_HOME: dataDir, ...env } })
  const services = createServices(deps)
  const id = (await services.vault.add({ host: 'github', label: 'work', secret: SECRET, username: 'octo' })).id
  return { services, deps, id }
}


describe('fault table: git', () => {
  it('git missing (not on PATH) -> git-failed saying git could not start; nothing lost', () =>
    row(async () => {
      const world = createGitWorld()
      const { services, deps, id } = await setup(world, { PATH: tempDir('patkeeper-nogit-') })
      const before = await holdings(deps.dataDir, deps.keychainService)
      const error = await refusal(() => services.git.apply({ token: id, scope: 'global' }))
      expect(error.code).toBe('git-failed')
      expect(error.message).toMatch(/git could not start \(ENOENT\)\. Is git installed and on PATH\? Nothing else was changed\./)
      expect(readFileSync(world.globalConfig, 'utf8')).toBe('')
      await expectNothingLost(before, { exact: true })
    }))

  it('global config locked by another process (.lock present) -> git-failed naming the lock; config and records unchanged', () =>
    row(async () => {
      const world = createGitWorld()
      writeFileSync(world.globalConfig, '[user]\n\tname = Someone\n')
      const { services, deps, id } = await setup(world)
      const before = await holdings(deps.dataDir, deps.keychainService)
      writeFileSync(`${world.globalConfig}.lock`, '')
      try {
        const error = await refusal(() => services.git.apply({ token: id, scope: 'global' }))
        expect(error.code).toBe('git-failed')
        expect(error.message).toMatch(/could not lock config file .*gitconfig: File exists\. Nothing else was changed\. Another program is changing that file: wait for it to finish \(or delete the \.lock file if nothing is running\), then try again\./)
        expect(error.message).not.toContain(SECRET)
      } finally {
        rmSync(`${world.globalConfig}.lock`)
      }
      expect(readFileSync(world.globalConfig, 'utf8')).toBe('[user]\n\tname = Someone\n')
      expect(await services.git.changes()).toEqual([])
      await expectNothingLost(before, { exact: true })
    }))

  it('undo refused halfway (another token was set up later for one of the URLs) -> conflict, and nothing was undone', () =>
    row(async () => {
      const world = createGitWorld()
      const { services, deps, id } = await setup(world)
      const other = (await services.vault.add({ host: 'github', label: 'second', secret: `ghp_${randomBytes(18).toString('hex')}`, username: 'octo2' })).id
      await services.git.apply({ token: id, scope: 'global' }) // work: https://github.com
      await services.git.apply({ token: other, scope: 'global' }) // second: the same URL, later
      await services.git.apply({ token: id, scope: 'global', pathPrefix: 'team' }) // work again: https://github.com/team, newest
      const before = await holdings(deps.dataDir, deps.keychainService)
      const config = readFileSync(world.globalConfig, 'utf8')
      const changes = await services.git.changes()
      const error = await refusal(() => services.git.undo(id))
      expect(error.code).toBe('conflict')
      expect(error.message).toBe('Token "second" was set up later for https://github.com; undo that first (patkeeper git undo "second"). Nothing was undone.')
      // Before the fix the newest change (github.com/team) was already undone when the refusal came.
      expect(readFileSync(world.globalConfig, 'utf8')).toBe(config)
      expect(await services.git.changes()).toEqual(changes)
      await expectNothingLost(before, { exact: true })
    }))

  it('global config is a symlink (dotfiles repo) -> written through the link, link kept, undo restores the target byte for byte', () =>
    row(async () => {
      const world = createGitWorld()
      const dotfiles = world.path('dotfiles')
      mkdirSync(dotfiles)
      const target = world.path('dotfiles', 'gitconfig')
      writeFileSync(target, '# my dotfiles\n[user]\n\tname = Someone\n')
      rmSync(world.globalConfig)
      symlinkSync(target, world.globalConfig)
      const { services, deps, id } = await setup(world)
      const before = await holdings(deps.dataDir, deps.keychainService)
      const original = readFileSync(target, 'utf8')
      await services.git.apply({ token: id, scope: 'global' })
      expect(lstatSync(world.globalConfig).isSymbolicLink()).toBe(true)
      expect(readFileSync(target, 'utf8')).toContain('credential')
      await services.git.undo(id)
      expect(lstatSync(world.globalConfig).isSymbolicLink()).toBe(true)
      expect(readFileSync(target, 'utf8')).toBe(original)
      await expectNothingLost(before)
    }))

  it('global config uses [include] with its own helper -> the included file is never written, the conflict is explained, undo is exact', () =>
    row(async () => {
      const world = createGitWorld()
      const included = world.path('work.gitconfig')
      writeFileSync(included, '[credential "https://github.com"]\n\thelper = store\n')
      writeFileSync(world.globalConfig, `[include]\n\tpath = ${included}\n`)
      const { services, deps, id } = await setup(world)
      const before = await holdings(deps.dataDir, deps.keychainService)
      const [globalBefore, includedBefore] = [readFileSync(world.globalConfig, 'utf8'), readFileSync(included, 'utf8')]
      const preview = await services.git.preview({ token: id, scope: 'global' })
      expect(preview.conflicts).toContainEqual(expect.objectContaining({ helper: 'store', origin: included, effect: 'reset', explanation: expect.stringMatching(/stops git asking "store" for https:\/\/github\.com.*Undo restores it/) }))
      await services.git.apply({ token: id, scope: 'global' })
      expect(readFileSync(included, 'utf8')).toBe(includedBefore)
      await services.git.undo(id)
      expect(readFileSync(world.globalConfig, 'utf8')).toBe(globalBefore)
      expect(readFileSync(included, 'utf8')).toBe(includedBefore)
      expect(existsSync(`${world.globalConfig}.lock`)).toBe(false)
      await expectNothingLost(before)
    }))
})

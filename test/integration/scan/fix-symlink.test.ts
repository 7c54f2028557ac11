import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { HealthService } from '../../../electron/health/health-service'
import { createImporter } from '../../../electron/import/importer'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { createKeytarStore } from '../../../electron/secrets/keytar-store'
import { createVault } from '../../../electron/vault/vault'
import { createTestDeps } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'

// Dotfile managers (stow, chezmoi, home-manager) make ~/.netrc a link; a fix must edit the file it points to.
describe('fixing a linked dotfile', () => {
  it('rewrites the target of a symlinked ~/.netrc, keeps the link, and undo restores the target', async () => {
    const world = createGitWorld()
    const deps = createTestDeps()
    const env = { ...world.env, PATKEEPER_HOME: deps.dataDir }
    const metadata = createMetadataStore(deps.dataDir)
    const secrets = createKeytarStore(deps.keychainService)
    const vault = createVault(metadata, secrets, deps)
    const git = new GitService({ metadata, git: createGitRunner(env), env, clock: () => new Date(), helper: () => ({ executable: '/nowhere/patkeeper' }) /* a .netrc fix never runs git's helper */, emit: () => undefined })
    const health = new HealthService({ ...deps, env }, { vault, secrets, importer: createImporter(vault, secrets, { ...deps, env }), git, metadata })
    const dotfiles = join(world.home, 'dotfiles')
    mkdirSync(dotfiles)
    const target = join(dotfiles, 'netrc')
    const text = 'machine gitlab.com login jdoe password glpat-LINKEDlinked00000000\nmachine other.example login a password b\n'
    writeFileSync(target, text, { mode: 0o600 })
    symlinkSync(target, join(world.home, '.netrc'))
    const { findings } = await health.scan([])
    const fix = await health.fix(findings.find((f) => f.hostname === 'gitlab.com')!.key)
    expect(lstatSync(join(world.home, '.netrc')).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('machine other.example login a password b\n')
    expect(lstatSync(target).mode & 0o777).toBe(0o600)
    await health.undo(fix.id)
    expect(lstatSync(join(world.home, '.netrc')).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe(text)
    expect(await vault.list()).toEqual([])
  })
})

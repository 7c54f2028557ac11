import { execFileSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../electron/app/services'
import type { CliIo } from '../../../electron/cli/command'
import { runCli } from '../../../electron/cli/run-cli'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { ensureInstalledExecutable, installedHelperLocation, MISSING_EXECUTABLE } from '../../../electron/git/helper-install'
import { refreshGitHelper } from '../../../electron/git/helper-start'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { createTestDeps } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'

const SECRET = 'ghp_repair00000000000000000000000000000000'
const io = () => {
  const out: string[] = []
  const cli: CliIo = { out: (t) => void out.push(t), err: (t) => void out.push(t), readSecret: async () => '', confirm: async () => false }
  return { cli, out }
}

// An earlier version left git pointing at a build that is gone (a moved app, a deleted AppImage mount) and,
// in a repository, at the old ELECTRON_RUN_AS_NODE form. doctor finds both; the repair rewrites them in
// place to the installed patkeeper (dist-bin's, as `npm test` builds it), git works again and undo is exact.
describe('stale git helpers: found by doctor, repaired in place', () => {
  const world = createGitWorld()
  const deps = createTestDeps()
  let services: Services
  let server: GitServer
  let globalBefore: Buffer
  const repo = world.path('repo')

  beforeAll(async () => {
    server = await startGitServer({ accounts: [{ pathPrefix: '/', username: 'dev', password: SECRET }] })
    const env = { ...world.env, ...deps.env, PATKEEPER_KEYCHAIN_SERVICE: deps.keychainService }
    services = createServices({ ...deps, env })
    await services.vault.add({ host: 'github-enterprise', label: 'work', url: server.url, username: 'dev', secret: SECRET })
    writeFileSync(world.globalConfig, '[core]\n\teditor = vim\n')
    globalBefore = readFileSync(world.globalConfig)
    execFileSync('git', ['init', '-q', repo], { env: world.env })
    // The earlier version's setups: the same records and lines its GitService wrote, with its helper.
    const gone = { executable: join(world.root, 'moved away', 'patkeeper'), env: { PATKEEPER_HOME: deps.dataDir, PATKEEPER_KEYCHAIN_SERVICE: deps.keychainService } }
    const old = new GitService({ metadata: services.metadata, git: createGitRunner(world.env), env, clock: () => new Date(), helper: () => gone, emit: () => undefined })
    await old.apply({ token: 'work', scope: 'global' })
    const { preview } = await old.apply({ token: 'work', scope: 'repo', repoPath: repo })
    // Before this issue, setup wrote the app's own binary as Node (helper-command.ts of the first version).
    const electronForm = `!ELECTRON_RUN_AS_NODE='1' PATKEEPER_HOME='${deps.dataDir}' PATKEEPER_KEYCHAIN_SERVICE='${deps.keychainService}' '/opt/PAT Keeper/pat-keeper' '/opt/PAT Keeper/resources/app.asar/dist-cli/git-credential-patkeeper.cjs'`
    execFileSync('git', ['config', '--local', '--replace-all', '--fixed-value', `credential.${server.url}.helper`, electronForm, preview.helper], { cwd: repo, env: world.env })
    await services.metadata.update((doc) => {
      for (const c of doc.gitChanges) if (c.scope === 'repo') c.details.helperCommand = electronForm
    })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    const t = await services.vault.find('work').catch(() => undefined)
    if (t) await services.vault.remove(t.id)
  })

  it('doctor reports both, and git cannot get the token meanwhile', async () => {
    const url = await server.createRepo('dev/app.git')
    expect((await world.git(['ls-remote', url])).code).not.toBe(0)
    const { cli, out } = io()
    expect(await runCli(['doctor'], { services, io: cli })).toBe(1)
    const line = out.find((l) => l.startsWith('Git helper:'))
    expect(line).toMatch(/^Git helper: PROBLEM - 2 git setup\(s\) need repair: /)
    expect(line).toMatch(/global git config \(http:\/\/127\.0\.0\.1:\d+\) runs .*moved away\/patkeeper, which no longer exists/)
    expect(line).toContain(`${repo} (${server.url}) uses the old form that runs the app itself`)
  })

  it('doctor --fix points both at the installed patkeeper, keeping their place and profile', async () => {
    const { cli, out } = io()
    expect(await runCli(['doctor', '--fix', '--yes'], { services, io: cli })).toBe(0)
    expect(out.filter((l) => l.startsWith('Repaired: '))).toHaveLength(2)
    const installed = join(deps.dataDir, 'bin', 'patkeeper')
    const globalLines = (await world.git(['config', '--global', '--get-all', `credential.${server.url}.helper`])).stdout
    expect(globalLines).toBe(`\n!PATKEEPER_HOME='${deps.dataDir}' PATKEEPER_KEYCHAIN_SERVICE='${deps.keychainService}' '${installed}' credential\n`)
    const repoLines = (await world.git(['config', '--local', '--get-all', `credential.${server.url}.helper`], { cwd: repo })).stdout
    expect(repoLines).toBe(globalLines)
    expect(await services.git.staleHelpers()).toEqual([])
    const url = `${server.url}/dev/app.git`
    expect((await world.git(['ls-remote', url])).code).toBe(0)
    expect((await world.git(['ls-remote', url], { cwd: repo })).code).toBe(0)
  })

  it('undo still restores the global file byte for byte', async () => {
    await services.git.undo('work')
    expect(readFileSync(world.globalConfig)).toEqual(globalBefore)
    expect((await world.git(['config', '--local', '--get-all', `credential.${server.url}.helper`], { cwd: repo })).code).toBe(1)
  })
})

// What main.ts runs at start: after an update the installed copy is refreshed; a failure is only logged.
describe('refreshGitHelper at app start', () => {
  it('installs the shipped executable at the stable path and logs instead of throwing when none exists', async () => {
    const deps = createTestDeps()
    const world = createGitWorld()
    const services = createServices({ ...deps, env: { ...world.env, ...deps.env } })
    expect(await refreshGitHelper(services.git, services.deps.log)).toEqual([])
    expect(statSync(join(deps.dataDir, 'bin', 'patkeeper')).size).toBe(statSync('dist-bin/patkeeper').size)
    const lost = createTestDeps()
    const metadata = createMetadataStore(lost.dataDir)
    const nowhere = { execPath: '/nonexistent/node', compiled: false, cwd: lost.dataDir, platform: process.platform }
    const git = new GitService({ metadata, git: createGitRunner(world.env), env: world.env, clock: () => new Date(), helper: () => installedHelperLocation(lost.dataDir, world.env), installHelper: () => void ensureInstalledExecutable(lost.dataDir, nowhere), emit: () => undefined })
    expect(await refreshGitHelper(git, lost.log)).toEqual([])
    expect(lost.logLines.join('\n')).toContain('git helper: could not refresh the installed patkeeper')
    await expect(git.repairHelpers()).rejects.toThrow(MISSING_EXECUTABLE)
  })
})

import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../electron/app/services'
import type { CliIo } from '../../../electron/cli/command'
import { runCli } from '../../../electron/cli/run-cli'
import { createTestDeps } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'

const io = () => {
  const out: string[] = []
  const err: string[] = []
  const cli: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t), readSecret: async () => '', confirm: async () => false }
  return { cli, out, err }
}

// `patkeeper git setup|undo` through the real CLI router, real services, real keychain and real git.
describe('patkeeper git setup / undo', () => {
  const world = createGitWorld()
  const deps = createTestDeps()
  let services: Services
  let server: GitServer
  const secret = 'ghp_cli00000000000000000000000000000000000'

  beforeAll(async () => {
    server = await startGitServer({ accounts: [{ pathPrefix: '/team/', username: 'dev', password: secret }] })
    services = createServices({ ...deps, env: { ...world.env, ...deps.env, PATKEEPER_KEYCHAIN_SERVICE: deps.keychainService } })
    await services.vault.add({ host: 'github-enterprise', label: 'cli token', url: server.url, username: 'dev', secret })
    writeFileSync(world.globalConfig, '[core]\n\teditor = vim\n')
  })
  afterAll(async () => {
    await server?.close()
    const t = await services.vault.find('cli token').catch(() => undefined)
    if (t) await services.vault.remove(t.id)
  })

  it('--dry-run prints the exact commands and changes nothing', async () => {
    const { cli, out } = io()
    const code = await runCli(['git', 'setup', 'cli token', '--path', 'team', '--dry-run'], { services, io: cli })
    expect(code).toBe(0)
    expect(out[0]).toBe('Would run (global git config, user name "dev"):')
    expect(out.slice(1, 5).map((l) => l.trim().split(' ').slice(0, 5).join(' '))).toEqual([
      `git config --global --add credential.${server.url}/team.helper`,
      `git config --global --add credential.${server.url}/team.helper`,
      `git config --global --add credential.${server.url}/team.username`,
      `git config --global --add credential.${server.url}/team.useHttpPath`,
    ])
    expect(readFileSync(world.globalConfig, 'utf8')).toBe('[core]\n\teditor = vim\n')
  })

  it('sets up, lets git clone with the helper, and undoes byte for byte', async () => {
    const before = readFileSync(world.globalConfig)
    const { cli, out, err } = io()
    expect(await runCli(['git', 'setup', 'cli token', '--path', 'team'], { services, io: cli }), err.join('\n')).toBe(0)
    expect(out.at(-1)).toBe('Done. Undo with: patkeeper git undo "cli token"')
    expect((await services.vault.find('cli token')).gitBindings).toEqual([expect.objectContaining({ scope: 'global', pathPrefix: 'team' })])
    const url = await server.createRepo('team/app.git')
    const helper = (await world.git(['config', '--global', '--get-all', `credential.${server.url}/team.helper`])).stdout.split('\n')[1]!
    // Setup installs dist-bin's executable (npm test builds first) at the profile's stable path and names
    // that copy: git gets the token through it.
    expect(helper).toBe(`!PATKEEPER_HOME='${deps.dataDir}' PATKEEPER_KEYCHAIN_SERVICE='${deps.keychainService}' '${join(deps.dataDir, 'bin', 'patkeeper')}' credential`)
    expect(statSync(join(deps.dataDir, 'bin', 'patkeeper')).size).toBe(statSync('dist-bin/patkeeper').size)
    const listed = await world.git(['ls-remote', url])
    expect(listed.code, listed.stderr).toBe(0)
    expect(listed.stdout).toContain('refs/heads/main')

    const undo = io()
    expect(await runCli(['git', 'undo', 'cli token'], { services, io: undo.cli })).toBe(0)
    expect(undo.out).toEqual([`Restored the global git config for ${server.url}/team.`])
    expect(readFileSync(world.globalConfig)).toEqual(before)
    expect((await services.vault.find('cli token')).gitBindings).toEqual([])
    expect((await world.git(['ls-remote', url])).code).not.toBe(0)
  })

  it('explains usage errors and an empty undo', async () => {
    const a = io()
    expect(await runCli(['git', 'setup', 'cli token', '--global', '--repo', '/tmp'], { services, io: a.cli })).toBe(2)
    expect(a.err.join('')).toContain('Choose --global or --repo <path>, not both.')
    const b = io()
    expect(await runCli(['git', 'undo'], { services, io: b.cli })).toBe(4)
    expect(b.err.join('')).toContain('There is no git setup to undo.')
  })
})

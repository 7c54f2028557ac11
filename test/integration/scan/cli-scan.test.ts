import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { HealthReport, ScanReport } from '../../../shared/domain/health'
import { tempDir } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer } from '../../rigs/git/git-server'
import { buildCli, patkeeper } from '../vault/cli-run'
import { PLANTED, plantHome } from './plaintext-home'

// The compiled CLI as a real process, a throwaway HOME with every kind of file, the real keychain.
describe('patkeeper scan and patkeeper health', () => {
  beforeAll(buildCli, 60_000)

  it('scans, fixes a netrc entry with --fix --yes, undoes it, and reports risk flags as JSON; no secret in any output', async () => {
    const server = await startGitServer({ accounts: [{ pathPrefix: '/', username: 'dana', password: PLANTED.remote }] })
    const world = createGitWorld()
    const paths = await plantHome(world, await server.createRepo('work/app.git'))
    await server.close()
    const p = { home: tempDir('patkeeper-cli-scan-'), service: `PAT Keeper CLI Test ${randomBytes(4).toString('hex')}`, env: { HOME: world.home, XDG_CONFIG_HOME: undefined, GH_CONFIG_DIR: undefined, DOCKER_CONFIG: undefined, NPM_CONFIG_USERCONFIG: undefined, GLAB_CONFIG_DIR: undefined } }
    const outputs: string[] = []
    const run = (args: string[], stdin?: string) => {
      const r = patkeeper(args, { ...p, ...(stdin ? { stdin } : {}) })
      outputs.push(r.stdout, r.stderr)
      return r
    }

    const scan = run(['scan', join(world.home, 'src'), '--json'])
    expect(scan.code).toBe(0)
    const report = JSON.parse(scan.stdout) as ScanReport
    expect(new Set(report.findings.map((f) => f.kind))).toEqual(new Set(['git-remote', 'netrc', 'npmrc', 'gh-hosts', 'glab-config', 'docker-config', 'git-credentials']))

    const netrc = report.findings.find((f) => f.kind === 'netrc' && f.hostname === '127.0.0.1')!
    const original = readFileSync(paths.netrc!)
    const refused = run(['scan', '--no-tool-files', '--fix', netrc.key])
    expect(refused.code).toBe(4) // not in a scan without the tool files: nothing changed
    const fixed = run(['scan', join(world.home, 'src'), '--fix', netrc.key, '--host', 'gitlab-self-managed', '--label', 'netrc token', '--yes'])
    expect(fixed.stderr).toBe('')
    expect(fixed.code).toBe(0)
    expect(readFileSync(paths.netrc!, 'utf8')).not.toContain(PLANTED.netrc)
    const undoId = /patkeeper scan --undo ([0-9a-f-]{36})/.exec(fixed.stdout)![1]!
    const backup = /the old file is at (\S+):/.exec(fixed.stdout)![1]!
    expect(readFileSync(backup)).toEqual(original)

    const health = run(['health', '--json'])
    const flags = JSON.parse(health.stdout) as HealthReport
    expect(flags.tokens).toEqual([expect.objectContaining({ label: 'netrc token', host: 'gitlab-self-managed', flags: [expect.objectContaining({ code: 'no-expiry', severity: 'high' })] })])
    expect(health.code).toBe(1)
    const withScan = JSON.parse(run(['health', '--scan', '--json']).stdout) as HealthReport
    // The netrc entry is gone; the same secret is nowhere else, so no plaintext-copies flag.
    expect(withScan.tokens[0]!.flags.map((f) => f.code)).toEqual(['no-expiry'])

    const undo = run(['scan', '--undo', undoId])
    expect(undo.code).toBe(0)
    expect(readFileSync(paths.netrc!)).toEqual(original)
    expect(existsSync(backup)).toBe(false)
    expect(JSON.parse(run(['health', '--json']).stdout)).toMatchObject({ tokens: [] })
    for (const secret of Object.values(PLANTED)) expect(outputs.join('\n')).not.toContain(secret)
  })

  it('shows progress on stderr while it reads many repositories, and keeps stdout one JSON document', async () => {
    const world = createGitWorld()
    const template = world.path('template')
    await world.git(['init', '-q', template])
    const tree = world.path('tree')
    for (let i = 0; i < 55; i++) {
      mkdirSync(join(tree, `org${i % 5}`, `repo${i}`), { recursive: true })
      cpSync(join(template, '.git'), join(tree, `org${i % 5}`, `repo${i}`, '.git'), { recursive: true })
    }
    const p = { home: tempDir('patkeeper-cli-scan-'), service: `PAT Keeper CLI Test ${randomBytes(4).toString('hex')}`, env: { HOME: world.home } }
    const run = patkeeper(['scan', tree, '--no-tool-files', '--json'], p)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('scanning: 50 repositories read, 0 plaintext token(s) so far')
    expect(JSON.parse(run.stdout)).toMatchObject({ repositories: 55, findings: [] })
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScanProgress, ScanReport } from '../../../shared/domain/health'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { HealthService } from '../../../electron/health/health-service'
import { createImporter } from '../../../electron/import/importer'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { createKeytarStore } from '../../../electron/secrets/keytar-store'
import { createVault } from '../../../electron/vault/vault'
import { LeakScanner } from '../../helpers/leak-scan'
import { createTestDeps } from '../../helpers/test-deps'
import { createGitWorld, type GitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { helperLocationFor } from '../../rigs/git/helper-fixture'
import { PLANTED, plantHome, snapshot } from './plaintext-home'

// Real git + http-backend, real keychain (run inside test/rigs/keychain/run.sh), real files in a throwaway HOME.
describe('plaintext scan, fix and undo in a throwaway HOME', () => {
  let server: GitServer
  let world: GitWorld
  let health: HealthService
  let paths: Record<string, string>
  let report: ScanReport
  let before: Record<string, string>
  const progress: ScanProgress[] = []
  const emitted: unknown[] = []
  const deps = createTestDeps({ emit: (event, payload) => void (event === 'health:scan-progress' ? progress.push(payload as ScanProgress) : emitted.push(payload)) })
  const metadata = createMetadataStore(deps.dataDir)
  const secrets = createKeytarStore(deps.keychainService)
  const vault = createVault(metadata, secrets, deps)

  beforeAll(async () => {
    server = await startGitServer({ accounts: [{ pathPrefix: '/', username: 'dana', password: PLANTED.remote }] })
    world = createGitWorld()
    paths = await plantHome(world, await server.createRepo('work/app.git'))
    const location = await helperLocationFor(deps)
    const git = new GitService({ metadata, git: createGitRunner(world.env), env: world.env, clock: () => new Date(), helper: () => location, emit: () => undefined })
    const env = { ...world.env, PATKEEPER_HOME: deps.dataDir }
    health = new HealthService({ ...deps, env }, { vault, secrets, importer: createImporter(vault, secrets, { ...deps, env }), git, metadata })
    before = snapshot([paths.netrc!, paths.npmrc!, paths.gh!, paths.glab!, paths.docker!, paths.credentials!, join(paths.repo!, '.git/config'), join(paths.clean!, '.git/config')])
    report = await health.scan([join(world.home, 'src')])
  }, 90_000)
  afterAll(async () => {
    await server?.close()
    for (const t of await vault.list()) await vault.remove(t.id)
  })

  const find = (kind: string) => report.findings.find((f) => f.kind === kind)!

  it('finds every kind of plaintext copy, masked, with file and line, and reads nothing it was not asked to', () => {
    expect(report.repositories).toBe(2)
    expect(report.findings.map((f) => [f.kind, f.file, f.line, f.hostname])).toEqual([
      ['netrc', paths.netrc, 1, '127.0.0.1'],
      ['netrc', paths.netrc, 5, 'ftp.example.org'],
      ['npmrc', paths.npmrc, 2, 'npm.pkg.github.com'],
      ['gh-hosts', paths.gh, 4, 'github.com'],
      ['gh-hosts', paths.gh, 6, 'github.com'],
      ['glab-config', paths.glab, 4, 'gitlab.com'],
      ['docker-config', paths.docker, 3, 'ghcr.io'],
      ['git-credentials', paths.credentials, 1, 'github.com'],
      ['git-remote', join(paths.repo!, '.git/config'), expect.any(Number), `127.0.0.1:${server.port}`],
    ])
    expect(find('git-remote').masked).toBe('ghp_\u2022\u2022\u2022\u20220000')
    expect(find('gh-hosts').commands).toEqual(['gh auth logout --hostname github.com --user dana', 'gh auth login --hostname github.com'])
    expect(find('docker-config').host).toBe('github')
    const wire = JSON.stringify(report)
    for (const secret of Object.values(PLANTED)) expect(wire).not.toContain(secret)
    expect(progress.at(-1)).toMatchObject({ phase: 'done', findings: 9 })
  })

  it('knows a secret PAT Keeper already keeps, comparing by hash in main', async () => {
    const kept = await vault.add({ host: 'gitlab', label: 'glab copy', secret: PLANTED.glab, url: 'https://gitlab.com' })
    const again = await health.scan([])
    expect(again.findings.find((f) => f.kind === 'glab-config')?.keptAs).toEqual({ tokenId: kept.id, label: 'glab copy' })
    expect(again.findings.filter((f) => f.keptAs)).toHaveLength(1)
    report = await health.scan([join(world.home, 'src')])
  })

  it('fixes a remote URL: credentials gone, git set up through the helper, fetch still works, backup kept; undo restores', async () => {
    const config = join(paths.repo!, '.git/config')
    const fix = await health.fix(find('git-remote').key, { host: 'github-enterprise', label: 'work app' })
    expect(readFileSync(config, 'utf8')).not.toContain(PLANTED.remote)
    expect(readFileSync(fix.backup).toString('base64')).toBe(before[config])
    expect((await world.git(['remote', 'get-url', 'origin'], { cwd: paths.repo })).stdout.trim()).toBe(`${server.url}/work/app.git`)
    server.requests.length = 0
    const fetched = await world.git(['fetch', 'origin'], { cwd: paths.repo })
    expect(fetched.stderr).not.toContain('Authentication failed')
    expect(fetched.code).toBe(0)
    expect(server.requests.some((r) => r.username === 'dana' && r.status === 200)).toBe(true)
    expect((await vault.find('work app')).gitBindings).toHaveLength(1)

    await health.undo(fix.id)
    expect(readFileSync(config).toString('base64')).toBe(before[config])
    expect(existsSync(fix.backup)).toBe(false)
    await expect(vault.find('work app')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('erases a .netrc entry after import, keeps the other entry, and undo restores the bytes', async () => {
    const fix = await health.fix(find('netrc').key, { host: 'gitlab-self-managed' })
    const text = readFileSync(paths.netrc!, 'utf8')
    expect(text).toBe(`machine ftp.example.org login anon password ${PLANTED.netrcOther}\n`)
    expect(readFileSync(fix.backup).toString('base64')).toBe(before[paths.netrc!])
    expect(await secrets.get(fix.importedTokenId!)).toBe(PLANTED.netrc)
    await health.undo(fix.id)
    expect(readFileSync(paths.netrc!).toString('base64')).toBe(before[paths.netrc!])
    expect(await secrets.get(fix.importedTokenId!)).toBeNull()
  })

  it('erases a git credential file entry through git credential-store, with backup and undo', async () => {
    const fix = await health.fix(find('git-credentials').key, {})
    expect(readFileSync(paths.credentials!, 'utf8')).not.toContain(PLANTED.credentials)
    expect(readFileSync(fix.backup).toString('base64')).toBe(before[paths.credentials!])
    await health.undo(fix.id)
    expect(readFileSync(paths.credentials!).toString('base64')).toBe(before[paths.credentials!])
  })

  it('for gh, glab, Docker and npm files: imports, rewrites nothing, and names the commands', async () => {
    const fix = await health.fix(find('docker-config').key, {})
    expect(fix.backup).toBe('')
    expect(fix.message).toMatch(/run the commands/)
    expect(find('docker-config').commands?.[0]).toBe('docker logout ghcr.io')
    await health.undo(fix.id)
  })

  it('leaves every file it did not fix byte for byte as it was; no secret in any form in logs, reports, events or the data folder', async () => {
    expect(snapshot(Object.keys(before))).toEqual(before)
    const scanner = new LeakScanner(Object.values(PLANTED))
    scanner.scanLog(deps.logLines, 'main log')
    scanner.scanValue('scan report', report)
    scanner.scanValue('health report', await health.report({ compareSecrets: true }))
    scanner.scanValue('fix log', health.fixes())
    scanner.scanValue('events', [...progress, ...emitted])
    scanner.scanDir(deps.dataDir, 'data folder')
    expect(scanner.report().hits).toEqual([])
  })
})

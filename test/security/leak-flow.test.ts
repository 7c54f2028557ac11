import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClipboardPort } from '../../electron/clipboard/clipboard-port'
import { PRODUCTION_CSP } from '../../electron/security/csp'
import { LeakScanner } from '../helpers/leak-scan'
import { tempDir } from '../helpers/test-deps'
import { visible } from '../helpers/ui'
import { createGitWorld, runGit } from '../rigs/git/git-env'
import { startGitServer, type GitServer } from '../rigs/git/git-server'
import { githubPlay, gitlabPlay, startFakeHost, type FakeHost } from '../rigs/hosts'
import { ARTIFACTS, startUi, type UiRig } from '../rigs/ui/ui-rig'
import { suiteFigures } from './support/figures'

// The leak scan: one full run of the app as a user would drive it (wizard, tokens:add, check, git setup,
// git test and a real clone through the helper, copy, rotate, remove, the CLI's listing commands), then every place a secret could
// have landed is scanned for the bytes of every token used. Any hit fails the test.
const ROOT = resolve(import.meta.dirname, '../..')
const figures = suiteFigures('leak-scan')
const alnum = (n: number) => [...randomBytes(n)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('')
const TOKENS = {
  github: `github_pat_${alnum(22)}_${alnum(59)}`,
  ghe: `ghp_${alnum(36)}`,
  gitlab: `glpat-${alnum(20)}`,
  gitlabRotated: `glpat-${alnum(20)}`,
  codecommit: `${alnum(43)}=`,
}
const SECRETS = Object.values(TOKENS)
type Invoke = (channel: string, ...args: unknown[]) => Promise<{ ok: boolean; value?: unknown; code?: string; message?: string }>

describe('leak scan after a full end-to-end run', () => {
  let ui: UiRig
  let git: GitServer
  const hosts: FakeHost[] = []
  const world = createGitWorld('patkeeper-leak-git-')
  const recorded = world.path('git-recorder')
  const clip = { text: '', concealed: false }
  const port: ClipboardPort = { write: (t, o) => void Object.assign(clip, { text: t, concealed: o.concealed }), read: () => clip.text, clear: () => void (clip.text = '') }
  const pageScans: { label: string; scan: (s: LeakScanner) => Promise<void> }[] = []
  let screenshots = 0
  const cliOutputs: { label: string; text: string }[] = []

  /** Every git the app (or git itself, through PATH) starts goes through this recorder, which keeps its environment and arguments. */
  const gitRecorder = (): string => {
    const bin = world.path('recorder-bin')
    mkdirSync(bin)
    mkdirSync(recorded)
    const script = `#!/bin/sh\nn="${recorded}/git-$$-$(date +%s%N)"\nenv > "$n.env"\nprintf '%s\\n' "$@" > "$n.args"\nexec /usr/bin/git "$@"\n`
    writeFileSync(join(bin, 'git'), script)
    chmodSync(join(bin, 'git'), 0o755)
    return bin
  }
  const invoke = (channel: string, ...args: unknown[]) => ui.page.evaluate(([c, a]) => (window as unknown as { api: { invoke: Invoke } }).api.invoke(c as string, ...(a as unknown[])), [channel, args] as const)
  /** Screenshot plus a scan of what the page holds at that moment (the text the picture shows). */
  const shoot = async (name: string) => {
    await ui.screenshot(`leak-scan-${name}`)
    screenshots += 1
    const state = await ui.page.evaluate(() => document.body.innerText)
    pageScans.push({ label: `screenshot ${name}`, scan: async (s) => s.scanText(`screenshot ${name} page text`, state) })
    pageScans.push({ label: `page at ${name}`, scan: (s) => s.scanPage(ui.page, `page at ${name}`) })
    const scanner = new LeakScanner(SECRETS)
    await scanner.scanPage(ui.page, name) // scan now too: later steps change the DOM
    expect(scanner.hits, `page at ${name}`).toEqual([])
  }

  beforeAll(async () => {
    const github = await startFakeHost(githubPlay({ [TOKENS.github]: { login: 'octocat', expires: '2027-01-15 10:00:00 UTC' } }))
    const ghe = await startFakeHost(githubPlay({ [TOKENS.ghe]: { login: 'dev', scopes: ['repo'] } }, { enterprise: true }))
    const gitlab = await startFakeHost(gitlabPlay({ [TOKENS.gitlab]: { username: 'gl-user', scopes: ['write_repository'], expires_at: '2027-02-01' }, [TOKENS.gitlabRotated]: { username: 'gl-user', scopes: ['write_repository'], expires_at: '2027-05-01' } }))
    hosts.push(github, ghe, gitlab)
    git = await startGitServer({ accounts: [{ pathPrefix: '/team/', username: 'dev', password: TOKENS.ghe }, { pathPrefix: '/v1/repos/', username: 'dev-at-123456789012', password: TOKENS.codecommit }] })
    await git.createRepo('team/app.git')
    await git.createRepo('v1/repos/app')
    const dataDir = tempDir('patkeeper-leak-data-')
    const keychainService = `PAT Keeper Leak ${randomBytes(4).toString('hex')}`
    const env = { ...world.env, PATH: `${gitRecorder()}:${world.env.PATH ?? '/usr/bin:/bin'}`, PATKEEPER_HOME: dataDir, PATKEEPER_KEYCHAIN_SERVICE: keychainService }
    ui = await startUi({
      deps: { dataDir, keychainService, env, apiOverrides: { github: github.url, 'github-enterprise': ghe.url, gitlab: gitlab.url, codecommit: git.url }, validationNetwork: { timeoutMs: 5000, retryBackoffMs: 10 } },
      viewport: { width: 1200, height: 1150 },
    })
    ui.services.clipboard.attach(port)
  }, 90_000)

  afterAll(async () => {
    await ui?.close()
    await git?.close()
    await Promise.all(hosts.map((h) => h.close()))
  })

  it('adds a GitHub token through the wizard', async () => {
    const { page } = ui
    await page.locator('nav').getByRole('button', { name: 'Add token' }).click()
    await page.locator('button.host-card[data-kind="github"]').click()
    await page.getByRole('radio', { name: /^Push, including GitHub Actions workflow files/ }).check()
    await page.getByRole('button', { name: 'Show me how' }).click()
    await page.getByRole('button', { name: 'I have the token' }).click()
    await page.locator('input[type="password"]').fill(TOKENS.github)
    await page.getByLabel('Username (optional)', { exact: true }).fill('octocat')
    await page.getByRole('button', { name: 'Check and continue' }).click()
    await visible(page.locator('[data-check-status="valid"]'))
    await shoot('wizard-checked')
    await page.getByLabel('Label', { exact: true }).fill('Personal GitHub')
    await page.getByRole('button', { name: /^Save/ }).click()
    await visible(page.getByText('Personal GitHub').first())
    expect(await ui.services.secrets.get((await ui.services.vault.find('Personal GitHub')).id)).toBe(TOKENS.github)
  })

  it('adds GitHub Enterprise, GitLab and CodeCommit tokens through tokens:add and checks them all', async () => {
    for (const req of [
      { host: 'github-enterprise', url: git.url, label: 'Work GHE', username: 'dev', email: 'dev@work.example', secret: TOKENS.ghe, purpose: 'write' },
      { host: 'gitlab', label: 'GitLab', secret: TOKENS.gitlab, purpose: 'write' },
      { host: 'codecommit', region: 'eu-west-1', repository: 'app', label: 'CodeCommit', username: 'dev-at-123456789012', secret: TOKENS.codecommit, purpose: 'read' },
    ])
      expect(await invoke('tokens:add', req)).toMatchObject({ ok: true })
    await ui.page.locator('nav').getByRole('button', { name: /^Tokens/ }).first().click()
    await ui.page.getByRole('button', { name: 'Check all' }).click()
    await expect.poll(async () => (await ui.services.vault.list()).filter((t) => t.lastCheck).length, { timeout: 20_000 }).toBe(4)
    const statuses = Object.fromEntries((await ui.services.vault.list()).map((t) => [t.label, t.lastCheck?.status]))
    // CodeCommit's HTTPS Git credentials are checked by a real git ls-remote (the password on a pipe, not in its environment).
    expect(statuses).toEqual({ 'Personal GitHub': 'valid', 'Work GHE': 'valid', GitLab: 'valid', CodeCommit: 'valid' })
    await shoot('list-checked')
  })

  it('sets up git, tests the remote, clones through the helper and copies', async () => {
    const { page } = ui
    await page.getByText('Work GHE').first().click()
    const panel = page.locator('[data-panel="git"]')
    await visible(panel.getByRole('heading', { name: 'Use with git' }))
    await panel.getByRole('button', { name: 'Preview change' }).click()
    await panel.getByRole('button', { name: 'Apply' }).click()
    await visible(panel.getByText('git now asks PAT Keeper for this token.'))
    await panel.getByLabel('Repository URL', { exact: true }).fill(`${git.url}/team/app.git`)
    await panel.getByRole('button', { name: 'Test', exact: true }).click()
    await visible(panel.getByText('It works.'))
    await panel.getByRole('button', { name: 'Copy token' }).click()
    await expect.poll(() => clip).toEqual({ text: TOKENS.ghe, concealed: true })
    await shoot('git-panel')
    // A real clone by the user's git, which asks the helper (git-credential-patkeeper) for the token.
    const clone = await runGit(['clone', `${git.url}/team/app.git`, world.path('clone')], { ...world.env, PATH: `${world.path('recorder-bin')}:${world.env.PATH}`, PATKEEPER_HOME: ui.deps.dataDir, PATKEEPER_KEYCHAIN_SERVICE: ui.deps.keychainService })
    expect(clone.code, clone.stderr).toBe(0)
    expect(existsSync(world.path('clone', 'README.md'))).toBe(true)
  })

  it('rotates one token and removes another', async () => {
    const gitlab = await ui.services.vault.find('GitLab')
    expect(await invoke('tokens:rotate', gitlab.id, TOKENS.gitlabRotated)).toMatchObject({ ok: true })
    expect(await invoke('tokens:check', gitlab.id)).toMatchObject({ ok: true, value: { status: 'valid' } })
    const github = await ui.services.vault.find('Personal GitHub')
    expect(await invoke('tokens:remove', github.id)).toMatchObject({ ok: true })
    await ui.page.locator('nav').getByRole('button', { name: /^Tokens/ }).first().click()
    await visible(ui.page.getByRole('button', { name: 'GitLab', exact: true })) // the row; the Host filter's options also say GitLab
    await shoot('final-list')
  })

  it('prints no token from any CLI command that lists, shows, checks or exports', () => {
    const env = { ...process.env, ...ui.deps.env } as NodeJS.ProcessEnv
    // `check` only for the token whose host is on 127.0.0.1 (the CLI has no test overrides: others would go out).
    const commands = [['list', '--json'], ['show', 'Work GHE', '--json'], ['show', 'GitLab'], ['doctor', '--json'], ['expiring', '--within', '3650d', '--json'], ['export', '--format', 'json'], ['export', '--format', 'csv'], ['export', '--format', 'ics'], ['check', 'Work GHE', '--json']]
    for (const args of commands) {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/patkeeper.cjs'), ...args], { encoding: 'utf8', env, timeout: 30_000 })
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).not.toBeNull()
      cliOutputs.push({ label: `patkeeper ${args.join(' ')}`, text: `${run.stdout}\n${run.stderr}` })
    }
    expect(cliOutputs.find((o) => o.label === 'patkeeper list --json')!.text).toContain('Work GHE')
  })

  it('keeps the page-level checklist items while the app is in use (CSP, no Node, no navigation or windows, link allowlist)', async () => {
    const { page } = ui
    const response = await page.request.get(`${ui.origin}/index.html`)
    expect(response.headers()['content-security-policy']).toBe(PRODUCTION_CSP)
    const inline = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__leakPwned = true'
      document.body.appendChild(script)
      await new Promise((r) => setTimeout(r, 50))
      return (window as unknown as { __leakPwned?: boolean }).__leakPwned === true
    })
    expect(inline).toBe(false)
    figures.passed('app-protocol-csp')
    const shape = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { api: object }
      return { node: [typeof w.require, typeof w.process, typeof w.Buffer], keys: Object.keys(w.api), frozen: Object.isFrozen(w.api) }
    })
    expect(shape).toEqual({ node: ['undefined', 'undefined', 'undefined'], keys: ['invoke', 'on'], frozen: true })
    figures.passed('web-preferences')
    const url = page.url()
    await page.evaluate(() => {
      window.open('https://github.com/', '_blank')
      window.location.href = 'https://evil.example/'
    })
    await page.waitForTimeout(300)
    expect(page.url()).toBe(url)
    expect(page.context().pages()).toHaveLength(1)
    figures.passed('navigation-denied')
    const opened = ui.deps.opened.length
    for (const link of ['https://evil.example/', 'http://github.com/', 'https://user:pw@github.com/', 'file:///etc/passwd'])
      expect(await invoke('app:open-external', link)).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(ui.deps.opened.length).toBe(opened)
    figures.passed('open-external-allowlist')
  })

  it('finds none of the tokens anywhere: data folder, logs, IPC traffic, page, storage, renderer heap, screenshots, CLI output, git environments, git files', async () => {
    const scanner = new LeakScanner(SECRETS)
    scanner.scanDir(ui.deps.dataDir, 'data folder')
    scanner.scanLog(ui.deps.logLines, 'main log')
    scanner.scanTraffic(ui.traffic)
    for (const p of pageScans) await p.scan(scanner)
    for (const o of cliOutputs) scanner.scanText(o.label, o.text)
    await scanner.scanPage(ui.page, 'page at end')
    const envs = readdirSync(recorded).filter((f) => f.endsWith('.env'))
    for (const f of envs) scanner.scanEnv(`git environment ${f}`, Object.fromEntries(readFileSync(join(recorded, f), 'utf8').split('\n').map((l) => [l.split('=')[0]!, l.slice(l.indexOf('=') + 1)])))
    for (const f of readdirSync(recorded).filter((n) => n.endsWith('.args'))) scanner.scanBytes(`git arguments ${f}`, readFileSync(join(recorded, f)))
    scanner.scanBytes('global git config', readFileSync(world.globalConfig))
    scanner.scanDir(world.path('clone'), 'cloned repository')
    scanner.scanDir(world.home, 'git HOME')
    for (const name of ['wizard-checked', 'list-checked', 'git-panel', 'final-list']) scanner.scanBytes(`screenshot file ${name}`, readFileSync(join(ARTIFACTS, 'screenshots', `leak-scan-${name}.png`)))
    await scanner.scanHeap(ui.page) // the renderer's JavaScript heap after a full GC: nothing still holds a token
    const report = scanner.report()
    console.log(`leak scan: ${report.places} places scanned for ${SECRETS.length} tokens (${envs.length} git environments, ${ui.traffic.length} IPC messages, ${screenshots} screenshots, ${cliOutputs.length} CLI outputs); ${report.hits.length} hits`)
    figures.figures.placesScanned += report.places
    figures.figures.secretsScanned += SECRETS.length
    figures.figures.tokensLeaked += new Set(report.hits.map((h) => h.secret)).size
    figures.write()
    expect(envs.length).toBeGreaterThan(3) // the recorder really saw git runs (setup, test, clone)
    expect(ui.traffic.length).toBeGreaterThan(10)
    expect(report.hits).toEqual([])
    figures.passed('no-secret-leak')
    figures.write()
  })
})

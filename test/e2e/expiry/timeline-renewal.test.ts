import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTrayModel } from '../../../electron/tray/tray-model'
import { tempDir } from '../../helpers/test-deps'
import { visible } from '../../helpers/ui'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { githubPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

const OLD = 'ghp_' + 'RenewOld' + '0'.repeat(28)
const NEW = 'ghp_' + 'RenewNew' + '1'.repeat(28)
const hostTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`
const FIVE_DAYS = Date.now() + 5 * 86_400_000 - 3_600_000

// A GitHub Enterprise token expiring in 5 days, seen in the list, the timeline and the tray model, then
// renewed through the UI against a local GitHub Enterprise API and a local git host (real git, real helper).
describe('expiry timeline and renewal flow in Chromium', () => {
  let ui: UiRig
  let api: FakeHost
  let server: GitServer
  let tokenId: string
  const world = createGitWorld()

  beforeAll(async () => {
    api = await startFakeHost(
      githubPlay(
        {
          [OLD]: { login: 'octocat', scopes: ['repo', 'workflow'], expires: hostTime(FIVE_DAYS) },
          [NEW]: { login: 'octocat', scopes: ['repo', 'workflow'], expires: hostTime(Date.now() + 90 * 86_400_000) },
        },
        { enterprise: true },
      ),
    )
    server = await startGitServer({ accounts: [{ pathPrefix: '/', username: 'octocat', password: OLD }] })
    await server.createRepo('acme/app.git')
    const dataDir = tempDir()
    const keychainService = `PAT Keeper Test ${randomBytes(4).toString('hex')}`
    ui = await startUi({ deps: { dataDir, keychainService, apiOverrides: { 'github-enterprise': api.url }, env: { ...world.env, PATKEEPER_HOME: dataDir, PATKEEPER_KEYCHAIN_SERVICE: keychainService } } })
    const added = await ui.services.vault.add({ host: 'github-enterprise', label: 'ci-deploy', url: server.url, username: 'octocat', purpose: 'write-workflows', secret: OLD, usedIn: ['GitHub Actions secret DEPLOY_TOKEN', 'Jenkins credential deploy-bot'] })
    tokenId = added.id
    await ui.services.vault.add({ host: 'gitlab', label: 'laptop', secret: 'glpat-' + 'L'.repeat(20), expiresAt: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10), expirySource: 'user' })
    await ui.services.vault.add({ host: 'azure-devops', org: 'acme', label: 'pipelines', secret: 'p'.repeat(52), expiresAt: new Date(Date.now() + 75 * 86_400_000).toISOString().slice(0, 10), expirySource: 'user' })
    await ui.services.checker.checkToken(tokenId)
    await ui.services.git.apply({ token: tokenId, scope: 'global' })
  }, 90_000)
  afterAll(async () => {
    for (const t of (await ui?.services.vault.list()) ?? []) await ui.services.vault.remove(t.id)
    await ui?.close()
    await api?.close()
    await server?.close()
  })

  it('shows a token expiring in 5 days in the list, the timeline and the tray model', async () => {
    const { page } = ui
    await page.reload()
    const row = page.locator('tr', { hasText: 'ci-deploy' })
    await visible(row)
    expect(await row.textContent()).toContain('5 days left')

    await page.getByRole('button', { name: 'Expiry timeline' }).click()
    await visible(page.getByRole('heading', { name: 'Expiry timeline' }))
    expect(await page.locator('.tl-chart [data-token="ci-deploy"]').textContent()).toBe('ci-deploy · 5d')
    const soon = page.getByRole('region', { name: 'Next 7 days' })
    expect(await soon.textContent()).toContain('expires in 5 days')
    expect(await soon.textContent()).toContain('GitHub Actions secret DEPLOY_TOKEN · Jenkins credential deploy-bot · git on this computer (1 setup)')
    await ui.screenshot('expiry-timeline-light')

    const tray = buildTrayModel(await ui.services.expiry.evaluate(), { startAtLogin: false })
    expect([tray.icon, tray.items[0]!.kind !== 'separator' && tray.items[0]!.label]).toEqual(['expiring', 'ci-deploy: 5 days left'])
  })

  it('renews through the UI: same account checked, token swapped, git bindings kept, checklist ticked', async () => {
    const { page } = ui
    // The host now accepts only the new token: a clone through the helper (still on the old one) fails.
    server.setAccounts([{ pathPrefix: '/', username: 'octocat', password: NEW }])
    const before = await world.git(['clone', `${server.url}/acme/app.git`, world.path('before')])
    expect(before.code).not.toBe(0)

    await page.getByRole('region', { name: 'Next 7 days' }).getByRole('button', { name: 'Renew…' }).click()
    await visible(page.getByRole('heading', { name: 'Renew “ci-deploy”' }))
    await page.getByLabel('New token', { exact: true }).fill(NEW)
    await ui.screenshot('expiry-renewal-paste')
    await page.getByRole('button', { name: 'Check and swap' }).click()
    await visible(page.getByText('Swapped: “ci-deploy” now uses the new token'))
    await visible(page.getByText('0 of 2 updated'))
    await page.getByLabel('GitHub Actions secret DEPLOY_TOKEN').check()
    await visible(page.getByText('1 of 2 updated'))
    expect(await page.getByText('Git on this computer already uses the new token (1 setup kept)').count()).toBe(1)
    await ui.screenshot('expiry-renewal-checklist')

    expect(await ui.services.vault.readSecret(tokenId)).toBe(NEW)
    const record = await ui.services.vault.find(tokenId)
    expect(record.gitBindings).toHaveLength(1)
    expect(record.usedIn.filter((n) => n.updatedAt).map((n) => n.text)).toEqual(['GitHub Actions secret DEPLOY_TOKEN'])
    const after = await world.git(['clone', `${server.url}/acme/app.git`, world.path('after')])
    expect(after.code, after.stderr).toBe(0)
    expect(server.requests.filter((r) => r.status === 200).every((r) => r.username === 'octocat')).toBe(true)

    // The renderer never received either secret.
    const traffic = JSON.stringify(ui.traffic)
    expect(traffic).not.toContain(OLD)
    expect(traffic).not.toContain(NEW)
  })

  it('shows days left, renew and snooze in the token detail, and the timeline in dark mode', async () => {
    const { page } = ui
    await page.getByRole('button', { name: 'Expiry timeline' }).click()
    await page.locator('.tl-name', { hasText: 'laptop' }).click()
    const panel = page.locator('[data-panel="expiry"]')
    await visible(panel.getByText(/expires in (39|40) days/))
    await panel.getByRole('button', { name: 'Snooze alerts 1 day' }).click()
    await visible(panel.getByText(/Alerts snoozed until/))
    await panel.scrollIntoViewIfNeeded()
    await ui.screenshot('expiry-detail-panel')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('button', { name: 'Expiry timeline' }).click()
    await visible(page.locator('.tl-chart'))
    // "Add to calendar" downloads an .ics that a real parser reads: one event per token with an expiry.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()])
    expect(download.suggestedFilename()).toMatch(/^pat-keeper-expiry-\d{4}-\d{2}-\d{2}\.ics$/)
    const ics = readFileSync((await download.path())!, 'utf8')
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)
    expect(events.sort()).toEqual(['Token expires: ci-deploy (GitHub Enterprise Server)', 'Token expires: laptop (GitLab.com)', 'Token expires: pipelines (Azure DevOps Services)'])
    await ui.screenshot('expiry-timeline-dark')
  })
})

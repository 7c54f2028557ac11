import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LeakScanner } from '../../helpers/leak-scan'
import { tempDir } from '../../helpers/test-deps'
import { visible } from '../../helpers/ui'
import { gitlabRevokePlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

const alnum = (n: number) => [...randomBytes(n)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('')
const GL = `glpat-${alnum(20)}`
const GH = `ghp_${alnum(36)}`

// The Health screen in Chromium against the real handlers: real keychain, real files in a throwaway HOME,
// the GitLab revoke stand-in. Screenshots in light and dark land in test-artifacts/screenshots/health-*.png.
describe('Health screen in Chromium', () => {
  let ui: UiRig
  let gitlab: FakeHost
  let home: string
  const netrc = () => join(home, '.netrc')
  const netrcText = `machine gitlab.com\n  login jdoe\n  password ${GL}\n`
  const shots: string[] = []
  const shot = async (name: string) => shots.push(await ui.screenshot(name))

  beforeAll(async () => {
    home = tempDir('patkeeper-health-home-')
    writeFileSync(netrc(), netrcText, { mode: 0o600 })
    writeFileSync(join(home, '.git-credentials'), `https://octo:${GH}@github.com\n`, { mode: 0o600 })
    gitlab = await startFakeHost(gitlabRevokePlay({ [GL]: { username: 'jdoe', scopes: ['api'], expires_at: null } }))
    ui = await startUi({ deps: { env: { HOME: home }, apiOverrides: { gitlab: gitlab.url } }, viewport: { width: 1200, height: 1000 } })
    const ci = await ui.services.vault.add({ host: 'gitlab', label: 'ci', secret: GL, purpose: 'read' })
    await ui.services.vault.update(ci.id, { scopes: ['api'] })
  })
  afterAll(async () => {
    if (ui) {
      for (const id of await ui.services.secrets.ids().catch(() => [] as string[])) await ui.services.secrets.delete(id)
      await ui.close()
    }
    await gitlab?.close()
  })

  it('shows flagged tokens with why and what to do, and the flags in the token list', async () => {
    await ui.page.reload()
    await visible(ui.page.locator('[data-risk="no-expiry"]'))
    expect(await ui.page.locator('tr[data-token-id] [data-risk]').allInnerTexts()).toEqual(['Never expires', 'More access than needed'])
    await ui.page.getByRole('button', { name: 'Health' }).first().click()
    const card = await visible(ui.page.getByRole('listitem', { name: 'Risks of ci' }))
    const text = await card.innerText()
    expect(text).toContain('A token without an end date keeps working')
    expect(text).toMatch(/For "read" it needs read_repository, but it also has api/)
  })

  it('scans with consent, fixes a .netrc copy after confirming, and undoes it byte for byte', async () => {
    await ui.page.getByRole('button', { name: 'Scan' }).click()
    await visible(ui.page.getByText('2 plaintext token(s) found'))
    const table = ui.page.locator('.health-findings')
    expect(await table.innerText()).toContain(`glpat-\u2022\u2022\u2022\u2022${GL.slice(-4)}`)
    expect(await table.innerText()).toContain('as "ci"')
    await visible(ui.page.locator('[data-risk="plaintext-copies"]'))
    await ui.page.getByRole('button', { name: `Fix netrc entry in ${netrc()} line 1` }).click()
    expect(readFileSync(netrc(), 'utf8')).toBe(netrcText) // nothing before the confirmation
    await ui.page.getByRole('button', { name: 'Confirm fix' }).click()
    await visible(ui.page.getByText(/Removed the gitlab.com entry from/))
    expect(readFileSync(netrc(), 'utf8')).toBe('')
    const fix = ui.services.health.fixes()[0]!
    expect(readFileSync(fix.backup, 'utf8')).toBe(netrcText)
    await visible(ui.page.getByText('1 plaintext token(s) found'))
    await shot('health-fixed-light')
    await ui.page.emulateMedia({ colorScheme: 'dark' })
    await shot('health-fixed-dark')
    await ui.page.emulateMedia({ colorScheme: 'light' })
    await ui.page.getByRole('button', { name: 'Undo' }).click()
    await visible(ui.page.getByText('2 plaintext token(s) found'))
    expect(readFileSync(netrc(), 'utf8')).toBe(netrcText)
    expect(existsSync(fix.backup)).toBe(false)
  })

  it('revokes a token on GitLab only after its label is typed, and the record says so', async () => {
    const card = ui.page.getByRole('listitem', { name: 'Risks of ci' })
    await card.getByRole('button', { name: 'Revoke on host' }).click()
    const confirm = card.getByRole('button', { name: 'Revoke', exact: true })
    await card.getByRole('textbox').fill('c')
    expect(await confirm.isDisabled()).toBe(true)
    await card.getByRole('textbox').fill('ci')
    await shot('health-revoke-confirm-light')
    await confirm.click()
    await visible(ui.page.getByText(/GitLab revoked "ci"\. Revoked on \d{4}-\d{2}-\d{2} by PAT Keeper\./))
    expect(gitlab.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
    await visible(ui.page.locator('[data-risk="revoked"]'))
    await ui.page.emulateMedia({ colorScheme: 'dark' })
    await shot('health-revoked-dark')
    await ui.page.emulateMedia({ colorScheme: 'light' })
    await shot('health-revoked-light')
    const [token] = await ui.services.vault.list()
    expect(token!.revokedAt).toMatch(/^\d{4}-/)
    expect((await ui.services.checker.checkToken(token!.id)).status).toBe('revoked')
  })

  it('offers revoke on the host in the remove dialog', async () => {
    await ui.services.vault.add({ host: 'github', label: 'laptop', secret: `ghp_${alnum(36)}`, expiresAt: '2027-01-01' })
    await ui.page.getByRole('button', { name: 'Tokens' }).first().click()
    await ui.page.getByRole('button', { name: 'laptop' }).click()
    await ui.page.getByRole('button', { name: 'Remove\u2026' }).click()
    const dialog = await visible(ui.page.getByRole('alertdialog'))
    await dialog.getByRole('button', { name: 'Revoke on host' }).click()
    await visible(dialog.getByText('to revoke it on the host for good'))
    await shot('health-remove-dialog-light')
    await dialog.getByRole('button', { name: 'Cancel' }).last().click()
  })

  it('no secret reaches the IPC traffic, the page, the heap, the logs, the data folder or a screenshot', async () => {
    const scanner = new LeakScanner([GL, GH])
    scanner.scanTraffic(ui.traffic)
    scanner.scanLog(ui.deps.logLines, 'main log')
    scanner.scanDir(ui.deps.dataDir, 'data folder')
    await scanner.scanPage(ui.page, 'health page')
    for (const file of shots) scanner.scanBytes(`screenshot ${file}`, readFileSync(file))
    await scanner.scanHeap(ui.page)
    expect(ui.traffic.some((t) => t.channel === 'health:scan')).toBe(true)
    expect(scanner.report().hits).toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { gitlabPlay, startFakeHost, type FakeHost, type GitlabToken } from '../../rigs/hosts'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

const SECRET = 'glpat-' + 'E2eValidation0000001'
const NARROW = 'glpat-' + 'E2eValidation0000002'

describe('validation in the UI (Chromium, real handlers, local GitLab)', () => {
  let ui: UiRig
  let gl: FakeHost
  const tokens: Record<string, GitlabToken> = {
    [SECRET]: { username: 'jdoe', name: 'Jane Doe', email: 'jane@example.com', scopes: ['read_user', 'write_repository'], expires_at: '2027-02-01' },
    [NARROW]: { username: 'jdoe', name: 'Jane Doe', scopes: ['read_user', 'read_repository'], expires_at: '2027-03-15' },
  }
  beforeAll(async () => {
    gl = await startFakeHost(gitlabPlay(tokens))
    ui = await startUi({ deps: { apiOverrides: { gitlab: gl.url }, validationNetwork: { timeoutMs: 1500, retryBackoffMs: 10 } } })
  }, 60_000)
  afterAll(async () => {
    await ui?.close()
    await gl?.close()
  })

  it('adds a token through the wizard and shows identity, scopes and host expiry', async () => {
    const { page } = ui
    await page.locator('nav').getByRole('button', { name: 'Add token' }).click()
    await page.locator('button.host-card[data-kind="gitlab"]').click()
    await page.getByRole('radio', { name: /^Clone, pull and push/ }).check()
    await page.getByRole('button', { name: 'Show me how' }).click()
    await page.getByRole('button', { name: 'I have the token' }).click()
    await page.locator('input[type="password"]').fill(SECRET)
    await page.getByRole('button', { name: 'Check and continue' }).click()
    await visible(page.locator('[data-check-status="valid"]'))
    await visible(page.getByText('Signed in as'))
    await ui.screenshot('validation-wizard-checked')
    await page.getByLabel('Label', { exact: true }).fill('Work GitLab')
    await page.getByRole('button', { name: /^Save/ }).click()

    // The wizard saved what the host said: scopes and the host's expiry are on the record already.
    await expect.poll(async () => (await ui.services.vault.list()).some((t) => t.label === 'Work GitLab')).toBe(true)
    const saved = (await ui.services.vault.list()).find((t) => t.label === 'Work GitLab')!
    expect(saved).toMatchObject({ expiresAt: '2027-02-01T00:00:00.000Z', expirySource: 'host', scopes: ['read_user', 'write_repository'] })
    const panel = page.locator('[data-panel="check"]')
    await visible(panel.getByRole('heading', { name: 'Host check' }))
    await panel.getByRole('button', { name: 'Check now' }).click()
    await visible(panel.locator('[data-status="valid"]'))
    await visible(panel.getByText('jdoe'))
    await visible(panel.getByText('jane@example.com'))
    await visible(panel.getByRole('listitem').filter({ hasText: 'write_repository' }))
    await visible(panel.getByText(/reported by the host/))
    await panel.scrollIntoViewIfNeeded()
    await ui.screenshot('validation-detail-valid')
    expect((await ui.services.vault.find(saved.id)).username).toBe('jdoe') // filled from the host's answer
  })

  it('shows the right status and message when the server breaks, then when the token is revoked', async () => {
    const { page } = ui
    const panel = page.locator('[data-panel="check"]')
    gl.fail('server-error')
    await panel.getByRole('button', { name: 'Check now' }).click()
    await visible(panel.locator('[data-status="host-error"]'))
    await visible(panel.getByText(/server error \(HTTP 503\) twice in a row; try again later/))
    await panel.scrollIntoViewIfNeeded()
    await ui.screenshot('validation-detail-host-error')
    gl.fail('hang')
    await panel.getByRole('button', { name: 'Check now' }).click()
    await visible(panel.locator('[data-status="unreachable"]'))
    await visible(panel.getByText(/did not answer within 2 s/))
    gl.heal()
    tokens[SECRET]!.revoked = true
    await panel.getByRole('button', { name: 'Check now' }).click()
    await visible(panel.locator('[data-status="revoked"]'))
    await visible(panel.getByText(/GitLab says this token was revoked\. Create a new one with the guide\./))
    await visible(panel.getByRole('button', { name: 'Create a replacement with the guide' }))
    await panel.scrollIntoViewIfNeeded()
    await ui.screenshot('validation-detail-revoked')
  })

  it('names missing scopes with a token-page link, and Check all summarises the list', { timeout: 60_000 }, async () => {
    const { page } = ui
    const narrow = await ui.services.vault.add({ host: 'gitlab', label: 'Narrow GitLab', secret: NARROW, purpose: 'write' })
    await page.getByRole('button', { name: /All tokens/ }).click()
    await page.getByRole('button', { name: 'Narrow GitLab' }).click()
    const panel = page.locator('[data-panel="check"]')
    await visible(panel.getByText('Not checked yet.', { exact: false }))
    await panel.getByRole('button', { name: 'Check now' }).click()
    await visible(panel.locator('[data-status="missing-scopes"]'))
    const missing = panel.getByRole('group', { name: 'Missing scopes' })
    await visible(missing.getByText('write_repository'))
    await visible(missing.getByText('add'))
    await panel.scrollIntoViewIfNeeded()
    await ui.screenshot('validation-detail-missing-scopes')
    await missing.getByRole('button', { name: /^Open the GitLab.* token page$/ }).click()
    await expect.poll(() => ui.deps.opened.at(-1) ?? '').toContain('scopes=write_repository')
    expect((await ui.services.vault.find(narrow.id)).lastCheck?.missingScopes).toEqual(['write_repository'])

    await page.getByRole('button', { name: /All tokens/ }).click()
    await page.getByRole('button', { name: 'Check all' }).click()
    await visible(page.getByText(/2 checked, 2 need attention\./))
    await visible(page.locator('[data-status="missing-scopes"]').first())
    await ui.screenshot('validation-list-check-all')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('button', { name: 'Narrow GitLab' }).click()
    await panel.scrollIntoViewIfNeeded()
    await ui.screenshot('validation-detail-missing-scopes-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    const text = JSON.stringify(ui.traffic) + ui.deps.logLines.join('\n')
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(NARROW)
  })
})

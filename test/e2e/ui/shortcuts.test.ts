import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { focusLandsOn } from './keyboard-kit'
import { closeAndClean } from './seed-services'

// Keyboard shortcuts act through the control they stand for, and the list of them is one key away.
describe('keyboard shortcuts and the shortcut list', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi({ deps: { apiOverrides: { github: 'http://127.0.0.1:9' }, validationNetwork: { timeoutMs: 1000, retryBackoffMs: 10 } }, viewport: { width: 1120, height: 760 } })
    await ui.services.vault.add({ host: 'github', label: 'Laptop push', username: 'dev', secret: 'ghp_' + 'ShortcutE2e00000000000000000000000000' })
    await ui.page.reload()
  })
  afterAll(() => closeAndClean(ui))

  it('"?" lists every shortcut in a dialog; Escape closes it', async () => {
    const { page } = ui
    await visible(page.getByRole('button', { name: 'Laptop push' }))
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await visible(dialog)
    for (const keys of ['Ctrl+N', 'Ctrl+F or /', 'Ctrl+K', 'Ctrl+Shift+C']) await visible(dialog.getByText(keys, { exact: true }))
    await focusLandsOn(page, 'button', 'Close')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('"/" and Ctrl+F go to the search field; typing "/" in it stays text', async () => {
    const { page } = ui
    await page.keyboard.press('/')
    await focusLandsOn(page, 'input', 'Search tokens')
    await page.keyboard.type('a/b')
    expect(await page.getByLabel('Search tokens').inputValue()).toBe('a/b')
    await page.getByLabel('Search tokens').fill('')
    await page.getByRole('button', { name: 'Laptop push' }).click()
    await visible(page.getByRole('heading', { name: 'Laptop push', level: 1 }))
    await page.keyboard.press('Control+f')
    await focusLandsOn(page, 'input', 'Search tokens')
  })

  it('Ctrl+K runs Check all on the list; Ctrl+N opens the wizard', async () => {
    const { page } = ui
    await page.locator('h1').filter({ visible: true }).click()
    await page.keyboard.press('Control+k')
    await expect.poll(async () => (await ui.services.vault.find('Laptop push')).lastCheck?.status, { timeout: 15_000 }).toBe('unreachable')
    await visible(page.getByRole('button', { name: 'Check all' })) // the run ended
    await page.keyboard.press('Control+n')
    await visible(page.getByRole('heading', { name: 'Where is the token for?' }))
  })
})

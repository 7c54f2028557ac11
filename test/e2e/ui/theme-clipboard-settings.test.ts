import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClipboardPort } from '../../../electron/clipboard/clipboard-port'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { focused, tabTo } from './keyboard-kit'
import { closeAndClean } from './seed-services'

const SECRET = 'ghp_' + 'ThemeClipboardE2e000000000000000000000'

// Settings > Appearance and "Clear the clipboard after copying", with the real handlers, settings file and keychain.
describe('theme and clipboard clearing settings', () => {
  let ui: UiRig
  const clip = { text: '' }
  const port: ClipboardPort = { write: (t) => void (clip.text = t), read: () => clip.text, clear: () => void (clip.text = '') }
  beforeAll(async () => {
    ui = await startUi({ colorScheme: 'light', viewport: { width: 1120, height: 900 } })
    ui.services.clipboard.attach(port)
    await ui.services.vault.add({ host: 'github', label: 'Clip test', username: 'dev', secret: SECRET })
  }, 60_000)
  afterAll(() => closeAndClean(ui))

  /** What the user sees: the theme the root shows and the page background colour. */
  const shown = () => ui.page.evaluate(() => ({ theme: document.documentElement.dataset.theme, background: getComputedStyle(document.body).backgroundColor }))
  const DARK_BG = 'rgb(15, 17, 21)'
  const LIGHT_BG = 'rgb(246, 247, 249)'
  const openSettings = async () => {
    await ui.page.getByRole('button', { name: 'Settings' }).first().click()
    await visible(ui.page.getByRole('heading', { name: 'Appearance' }))
  }

  it('switches to Dark at once from the keyboard and keeps it (also after a restart, with the OS in light)', async () => {
    const { page } = ui
    expect(await shown()).toEqual({ theme: 'light', background: LIGHT_BG })
    await openSettings()
    expect(await page.getByRole('radio', { name: 'System (follow the OS)' }).isChecked()).toBe(true)
    await page.getByRole('heading', { name: 'Appearance' }).focus()
    await tabTo(page, 'System (follow the OS)')
    await page.keyboard.press('ArrowRight') // Light
    await page.keyboard.press('ArrowRight') // Dark
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'Dark' })
    await expect.poll(shown).toEqual({ theme: 'dark', background: DARK_BG })
    await expect.poll(async () => (await ui.services.metadata.read()).settings.theme).toBe('dark')
    await ui.screenshot('settings-theme-dark')
    await page.reload()
    await visible(page.getByRole('button', { name: 'Clip test' }))
    await expect.poll(shown).toEqual({ theme: 'dark', background: DARK_BG })
  })

  it('Light stays light with the OS in dark; System follows the OS as it changes', async () => {
    const { page } = ui
    await openSettings()
    await page.getByRole('radio', { name: 'Light' }).check()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(shown).toEqual({ theme: 'light', background: LIGHT_BG })
    await ui.screenshot('settings-theme-light')
    await page.getByRole('radio', { name: 'System (follow the OS)' }).check()
    await expect.poll(shown).toEqual({ theme: 'dark', background: DARK_BG })
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(shown).toEqual({ theme: 'light', background: LIGHT_BG })
    expect((await ui.services.metadata.read()).settings.theme).toBe('system')
  })

  it('"Clear the clipboard after copying" is on by default; turned off, a copied token stays and the page says so', async () => {
    const { page } = ui
    await openSettings()
    const box = page.getByRole('checkbox', { name: 'Clear the clipboard after copying a token' })
    expect(await box.isChecked()).toBe(true)
    expect((await ui.services.metadata.read()).settings.clearClipboard).toBe(true)
    await box.uncheck()
    expect(await page.getByLabel('Clear a copied token after').isDisabled()).toBe(true)
    await visible(page.getByText('Clearing is off: a copied token stays on the clipboard.'))
    await page.getByRole('button', { name: 'Save settings' }).click()
    await visible(page.getByText('Settings saved.'))
    const saved = (await ui.services.metadata.read()).settings
    expect(saved).toMatchObject({ clearClipboard: false, clipboardClearSeconds: 30 })
    await page.getByRole('button', { name: 'Tokens' }).first().click()
    await page.getByRole('button', { name: 'Clip test' }).click()
    await page.getByRole('button', { name: 'Copy token' }).click()
    await visible(page.getByText('Token copied. It stays on the clipboard (automatic clearing is off in Settings).'))
    expect(clip.text).toBe(SECRET)
    // Back on: the countdown returns with the kept delay.
    await openSettings()
    await page.getByRole('checkbox', { name: 'Clear the clipboard after copying a token' }).check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await visible(page.getByText('Settings saved.'))
    await page.getByRole('button', { name: 'Tokens' }).first().click()
    await page.getByRole('button', { name: 'Clip test' }).click()
    await page.getByRole('button', { name: 'Copy token' }).click()
    await visible(page.getByText(/The clipboard clears in (30|29) s\./))
    expect(JSON.stringify(ui.traffic)).not.toContain(SECRET)
  })
})

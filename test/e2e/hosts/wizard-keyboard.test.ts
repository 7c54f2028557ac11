import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { focusLandsOn } from '../ui/keyboard-kit'

const SECRET = `glpat-${'Kb7xQ2mN9pR4sT6vW8yZ'}`

describe('add-token wizard by keyboard only', () => {
  let ui: UiRig
  beforeAll(async () => {
    // No host answers here: the check cannot reach GitLab and the wizard must still save.
    ui = await startUi({ deps: { apiOverrides: { gitlab: 'http://127.0.0.1:9' }, validationNetwork: { timeoutMs: 2000, retryBackoffMs: 10 } }, colorScheme: 'dark', viewport: { width: 1200, height: 1000 } })
    await ui.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.origin })
  })
  afterAll(async () => ui?.close())

  /** Presses Tab until the focused element's text or label matches; fails when it is not reachable. */
  const tabTo = async (name: string | RegExp) => {
    for (let i = 0; i < 60; i++) {
      await ui.page.keyboard.press('Tab')
      const text = await ui.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el) return ''
        const label = (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : '') || el.closest('label')?.textContent
        const visibleText = el.cloneNode(true) as HTMLElement
        visibleText.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove())
        return `${el.getAttribute('aria-label') ?? ''}|${label ?? ''}|${visibleText.textContent ?? ''}`
      })
      const parts = text.split('|').map((t) => t.trim())
      if (parts.some((t) => (typeof name === 'string' ? t === name : name.test(t)))) return
    }
    throw new Error(`keyboard: could not reach "${String(name)}" with Tab`)
  }

  it('walks GitLab.com from the sidebar to a saved token, going back once, with reveal and copy', async () => {
    const { page } = ui
    await visible(page.getByRole('heading', { name: 'Tokens', exact: true }))
    await tabTo('Add token')
    await page.keyboard.press('Enter')
    await visible(page.getByRole('heading', { name: 'Where is the token for?' }))
    await ui.screenshot('hosts-picker-dark')
    await tabTo(/^GitLab\.com/)
    await page.keyboard.press('Enter')

    await visible(page.getByRole('heading', { name: 'What will this token do?' }))
    await tabTo(/^Clone, pull and push/) // the checked radio takes the focus
    await page.keyboard.press('ArrowUp')
    expect(await page.getByRole('radio', { name: /^Clone and pull/ }).isChecked()).toBe(true)
    await tabTo('Show me how')
    await page.keyboard.press('Enter')

    await visible(page.getByRole('heading', { name: 'Create the token on GitLab.com' }))
    await tabTo('Copy scopes (scope list)')
    await page.keyboard.press('Enter')
    await visible(page.getByRole('button', { name: 'Copied (scope list)' }))
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('read_repository')
    await tabTo(/^Open gitlab\.com/)
    await page.keyboard.press('Enter')
    await visible(page.getByText('Opened in your browser.'))
    expect(ui.deps.opened).toEqual([expect.stringMatching(/^https:\/\/gitlab\.com\/-\/user_settings\/personal_access_tokens\?name=PAT%20Keeper%20read%20\d{4}-\d{2}-\d{2}&scopes=read_repository$/)])
    await ui.screenshot('hosts-guide-gitlab-dark')
    await tabTo('I have the token')
    await page.keyboard.press('Enter')

    await visible(page.getByRole('heading', { name: 'Paste the token' }))
    await tabTo('Token')
    await page.keyboard.type(SECRET)
    await visible(page.getByTestId('recognized'))
    await tabTo('Show')
    await page.keyboard.press('Enter')
    expect(await page.getByLabel('Token', { exact: true }).getAttribute('type')).toBe('text')
    await tabTo('Hide')
    await page.keyboard.press('Enter')
    expect(await page.getByLabel('Token', { exact: true }).getAttribute('type')).toBe('password')
    await tabTo('Check and continue')
    await page.keyboard.press('Enter')

    await visible(page.getByRole('heading', { name: 'Name it and save' }))
    await visible(page.getByText(/could not check this token/i))
    await tabTo('Back')
    await page.keyboard.press('Enter')
    await visible(page.getByRole('heading', { name: 'Paste the token' }))
    expect(await page.getByLabel('Token', { exact: true }).inputValue()).toBe(SECRET)
    await tabTo('Check and continue')
    await page.keyboard.press('Enter')

    await visible(page.getByRole('heading', { name: 'Name it and save' }))
    await visible(page.getByText(/could not check this token/i))
    await tabTo('Label')
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('Keyboard laptop')
    await tabTo('Also used in (optional)')
    await page.keyboard.type('CI runner')
    await page.keyboard.press('Enter')
    await visible(page.locator('.used-in').getByText('CI runner'))
    await ui.screenshot('hosts-save-dark')
    await tabTo('Save to keychain')
    await page.keyboard.press('Enter')

    await visible(page.getByText('Keyboard laptop'))
    await focusLandsOn(page, 'h1', 'Keyboard laptop') // the saved token's screen, not <body>
    const [saved] = await ui.services.vault.list()
    expect(saved).toMatchObject({ label: 'Keyboard laptop', host: 'gitlab', purpose: 'read', scopes: ['read_repository'], expirySource: 'user' })
    expect(saved!.usedIn.map((n) => n.text)).toEqual(['CI runner'])
    expect(saved!.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}/)
    expect(await ui.services.secrets.get(saved!.id)).toBe(SECRET)
  })

  it('refuses a plain-http custom host and opens nothing', async () => {
    const result = await ui.dispatch({ webContentsId: 1, frameUrl: `${ui.origin}/index.html`, isMainFrame: true }, 'hosts:open-token-page', [
      { host: 'gitlab-self-managed', url: 'http://gitlab.acme.example', purpose: 'read', tokenName: 'x' },
    ])
    expect(result).toMatchObject({ ok: false, code: 'invalid-input', message: expect.stringContaining('https://') })
    const before = ui.deps.opened.length
    const other = await ui.dispatch({ webContentsId: 1, frameUrl: `${ui.origin}/index.html`, isMainFrame: true }, 'hosts:open-token-page', [
      { host: 'github', url: 'https://evil.example', purpose: 'read', tokenName: 'x' },
    ])
    expect(other).toMatchObject({ ok: false, code: 'invalid-input' })
    // A loopback test server may use http for checks, but the browser is only ever sent to https pages.
    const loopback = await ui.dispatch({ webContentsId: 1, frameUrl: `${ui.origin}/index.html`, isMainFrame: true }, 'hosts:open-token-page', [
      { host: 'gitlab-self-managed', url: 'http://127.0.0.1:8929', purpose: 'read', tokenName: 'x' },
    ])
    expect(loopback).toMatchObject({ ok: false, code: 'not-allowed' })
    expect(ui.deps.opened.length).toBe(before)
  })
})

import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import { emulateOsScheme, visible } from '../../helpers/ui'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { focused, focusLandsOn, tabTo } from './keyboard-kit'

const SECRET = 'ghp_' + 'KeyboardE2e00000000000000000000000000'
const DEAD = 'http://127.0.0.1:9'

/** Contrast ratio of two CSS rgb() colours (WCAG relative luminance). */
const contrast = (a: string, b: string): number => {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
  return (x! + 0.05) / (y! + 0.05)
}

// The four daily tasks by keyboard only, with focus checked after every screen change and dialog.
describe('daily tasks by keyboard: open, set up git, remove, add', () => {
  let ui: UiRig
  let server: GitServer
  const world = createGitWorld()
  beforeAll(async () => {
    server = await startGitServer({ accounts: [{ pathPrefix: '/team/', username: 'dev', password: SECRET }] })
    await server.createRepo('team/app.git')
    writeFileSync(world.globalConfig, '')
    const dataDir = tempDir()
    const keychainService = `PAT Keeper Test ${randomBytes(4).toString('hex')}`
    ui = await startUi({
      deps: { dataDir, keychainService, env: { ...world.env, PATKEEPER_HOME: dataDir, PATKEEPER_KEYCHAIN_SERVICE: keychainService }, apiOverrides: { gitlab: DEAD }, validationNetwork: { timeoutMs: 1500, retryBackoffMs: 10 } },
      viewport: { width: 1120, height: 760 },
    })
    await ui.services.vault.add({ host: 'github-enterprise', label: 'Work GHE', url: server.url, username: 'dev', secret: SECRET })
    await ui.services.vault.add({ host: 'github', label: 'Spare', username: 'dev', secret: 'ghp_' + 'SpareToken000000000000000000000000000' })
    await ui.page.reload()
  }, 60_000)
  afterAll(async () => {
    for (const t of (await ui?.services.vault.list()) ?? []) await ui.services.vault.remove(t.id)
    await ui?.close()
    await server?.close()
  })

  it('opens a token: focus on its heading; back to the list: focus on the row it came from', async () => {
    const { page } = ui
    await visible(page.getByRole('button', { name: 'Work GHE' }))
    await tabTo(page, 'Work GHE')
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'h1', 'Work GHE')
    await tabTo(page, /All tokens/)
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'button', 'Work GHE')
  })

  it('sets up git from the header: focus follows to the panel, the preview and the result', async () => {
    const { page } = ui
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'h1', 'Work GHE')
    await tabTo(page, 'Use with git')
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'h2', 'Git')
    await tabTo(page, 'Preview change')
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'div', 'Planned git config change')
    await tabTo(page, 'Apply')
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'div', /^git now asks PAT Keeper for this token/)
    expect(readFileSync(world.globalConfig, 'utf8')).toContain(`[credential "${server.url}"]`)
  })

  it('removes a token: the dialog looks dangerous, holds focus, Escape keeps the token, Enter removes it', async () => {
    const { page } = ui
    await tabTo(page, 'Remove\u2026')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('alertdialog')
    await visible(dialog)
    await focusLandsOn(page, 'button', 'Remove token')
    const look = await dialog.getByRole('button', { name: 'Remove token' }).evaluate((b) => ({ bg: getComputedStyle(b).backgroundColor, fg: getComputedStyle(b).color }))
    expect(look.bg).toBe('rgb(201, 42, 42)') // --danger, not the white of a plain .btn
    expect(contrast(look.bg, look.fg)).toBeGreaterThanOrEqual(4.5)
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab')
      expect((await focused(page)).inDialog).toBe(true)
    }
    await page.keyboard.press('Shift+Tab')
    expect((await focused(page)).inDialog).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await focusLandsOn(page, 'button', 'Remove\u2026')
    expect(await ui.services.vault.list()).toHaveLength(2)
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'button', 'Remove token')
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'h1', 'Tokens')
    await expect.poll(() => page.locator('tbody tr[data-token-id]').count()).toBe(1)
  })

  it('renames with Escape to cancel, and shows a focus ring of at least 3:1 in both themes', async () => {
    const { page } = ui
    await tabTo(page, 'Spare')
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'h1', 'Spare')
    await tabTo(page, 'Rename')
    await page.keyboard.press('Enter')
    await focusLandsOn(page, 'input', 'Label')
    await page.keyboard.type(' typed')
    await page.keyboard.press('Escape')
    await visible(page.getByRole('heading', { name: 'Spare', level: 1 }))
    expect((await ui.services.vault.find('Spare')).label).toBe('Spare')
    for (const theme of ['light', 'dark'] as const) {
      await emulateOsScheme(page, theme)
      await tabTo(page, 'Rename')
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const shadow = getComputedStyle(el).boxShadow // "rgb(gap) 0 0 0 2px, rgb(ring) 0 0 0 4px"
        const colours = shadow.match(/rgba?\([^)]+\)/g) ?? []
        return { ring: colours.at(-1) ?? '', page: getComputedStyle(document.body).backgroundColor }
      })
      expect(ring.ring, theme).not.toBe('')
      expect(contrast(ring.ring, ring.page), theme).toBeGreaterThanOrEqual(3)
    }
    await page.emulateMedia({ colorScheme: 'light' })
  })
})

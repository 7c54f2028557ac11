import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { focused, tabTo } from './keyboard-kit'
import { closeAndClean, seedDozen } from './seed-services'

const DEAD = 'http://127.0.0.1:9'

// Multi-select on the dozen realistic tokens with the real handlers and keychain: check, export, remove with Undo.
describe('multi-select with bulk check, export and remove', () => {
  let ui: UiRig
  let added: { id: string; label: string }[]
  const idOf = (label: string) => added.find((t) => t.label === label)!.id
  beforeAll(async () => {
    ui = await startUi({ deps: { apiOverrides: { github: DEAD }, validationNetwork: { timeoutMs: 1500, retryBackoffMs: 10 } }, viewport: { width: 1120, height: 900 } })
    added = await seedDozen(ui)
    await ui.page.reload()
  }, 60_000)
  afterAll(() => closeAndClean(ui))

  const rows = () => ui.page.locator('#screen tbody tr[data-token-id] .vault-link').allInnerTexts()
  const box = (label: string) => ui.page.getByRole('checkbox', { name: `Select \u201c${label}\u201d` })
  const bar = () => ui.page.getByRole('group', { name: 'Selected tokens' })

  it('Space toggles a row checkbox; the header box selects every shown token', async () => {
    const { page } = ui
    await visible(page.getByRole('button', { name: 'Laptop push' }))
    await page.getByLabel('Search tokens').focus()
    await tabTo(page, 'Select \u201cAgency client repos\u201d')
    await page.keyboard.press('Space')
    expect(await box('Agency client repos').isChecked()).toBe(true)
    await visible(bar().getByText('1 selected'))
    await page.keyboard.press('Space')
    expect(await box('Agency client repos').isChecked()).toBe(false)
    expect(await bar().count()).toBe(0)
    // Select all acts on what the filters show: the three GitHub.com tokens.
    await page.getByLabel('Host', { exact: true }).selectOption('github')
    await expect.poll(rows).toHaveLength(3)
    await page.getByLabel('Search tokens').focus()
    await tabTo(page, 'Select all 3 shown tokens')
    await page.keyboard.press('Space')
    await visible(bar().getByText('3 selected'))
    for (const label of ['Laptop push', 'Release bot', 'Homebrew tap']) expect(await box(label).isChecked()).toBe(true)
    expect(await box('Legacy Stash').count()).toBe(0) // filtered out: not selected, not shown
    await ui.screenshot('list-bulk-selected-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await ui.screenshot('list-bulk-selected-dark')
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('exports only the selected tokens, in the timeline formats', async () => {
    const { page } = ui
    const download = page.waitForEvent('download')
    await bar().getByRole('button', { name: 'Export selected as CSV' }).click()
    const csv = readFileSync((await (await download).path())!, 'utf8')
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toMatch(/^id,label,host/)
    expect(lines.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(['Homebrew tap', 'Laptop push', 'Release bot'])
    const jsonDownload = page.waitForEvent('download')
    await bar().getByRole('button', { name: 'Export selected as JSON' }).click()
    const json = readFileSync((await (await jsonDownload).path())!, 'utf8')
    for (const other of ['Legacy Stash', 'Corp GHES', 'Fabrikam boards']) expect(json).not.toContain(other)
    expect(json).toContain('Release bot')
  })

  it('checks only the selected tokens, with the Check all progress line', async () => {
    const before = await ui.services.vault.find(idOf('Corp GHES'))
    await bar().getByRole('button', { name: 'Check selected' }).click()
    // The GitHub API is a dead address here: all three come back unreachable.
    // The run covers the three selected only: its progress counts 3 of 3.
    const lastProgress = () => ui.traffic.filter((t) => t.kind === 'event' && t.channel === 'tokens:check-progress').at(-1)?.data
    await expect.poll(lastProgress, { timeout: 20_000 }).toMatchObject({ done: 3, total: 3, running: false })
    for (const label of ['Laptop push', 'Release bot', 'Homebrew tap']) expect((await ui.services.vault.find(idOf(label)))?.lastCheck?.status).toBe('unreachable')
    expect((await ui.services.vault.find(idOf('Corp GHES')))?.lastCheck).toEqual(before?.lastCheck)
  })

  it('removes the selected after one confirmation naming how many; Undo brings them back', async () => {
    const { page } = ui
    await box('Homebrew tap').uncheck()
    await visible(bar().getByText('2 selected'))
    await bar().getByRole('button', { name: 'Remove selected\u2026' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Remove 2 tokens?' })
    await visible(dialog)
    expect(await dialog.locator('li').allInnerTexts()).toEqual(expect.arrayContaining(['Laptop push', 'Release bot']))
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Remove 2 tokens', inDialog: true })
    await ui.screenshot('list-bulk-remove-dialog-light')
    await page.keyboard.press('Escape')
    expect(await dialog.count()).toBe(0)
    expect(await rows()).toHaveLength(3)
    await bar().getByRole('button', { name: 'Remove selected\u2026' }).click()
    await page.keyboard.press('Enter')
    await visible(page.getByText('Removed 2 tokens.'))
    expect(await rows()).toEqual(['Homebrew tap'])
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await rows()).sort()).toEqual(['Homebrew tap', 'Laptop push', 'Release bot'])
    // Again, and this time the Undo time runs out: both are gone from the records and the keychain.
    for (const label of ['Laptop push', 'Release bot']) await box(label).check()
    await bar().getByRole('button', { name: 'Remove selected\u2026' }).click()
    await page.getByRole('button', { name: 'Remove 2 tokens' }).click()
    await page.getByText('Removed 2 tokens.').waitFor({ state: 'detached', timeout: 20_000 })
    const ids = (await ui.services.vault.list()).map((r) => r.id)
    expect(ids).not.toContain(idOf('Laptop push'))
    expect(ids).not.toContain(idOf('Release bot'))
    expect(ids).toContain(idOf('Homebrew tap'))
    const secrets = await ui.services.secrets.ids()
    expect(secrets).not.toContain(idOf('Laptop push'))
    expect(secrets).toHaveLength(10)
  }, 40_000)
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { focused, tabTo } from './keyboard-kit'
import { closeAndClean, seedDozen } from './seed-services'

// Filters by status and host on the dozen realistic tokens (test/e2e/vault/seed.ts), real handlers and keychain.
describe('token list filters: status and host, with search, kept when coming back', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi({ viewport: { width: 1120, height: 900 } })
    await seedDozen(ui)
    await ui.page.reload()
  }, 60_000)
  afterAll(() => closeAndClean(ui))

  /** Labels of the rows the user sees, in order. */
  const rows = () => ui.page.locator('#screen tbody tr[data-token-id] .vault-link').allInnerTexts()
  const status = () => ui.page.getByLabel('Status', { exact: true })
  const host = () => ui.page.getByLabel('Host', { exact: true })

  it('narrows by status group, each choice saying how many it holds', async () => {
    const { page } = ui
    await visible(page.getByRole('button', { name: 'Laptop push' }))
    expect(await rows()).toHaveLength(12)
    const options = await status().locator('option').allInnerTexts()
    expect(options).toEqual(['All statuses', 'Valid (6)', 'Needs attention (3)', 'Expiring within 14 days (3)', 'Expired (1)', 'Not checked yet (2)'])
    await status().selectOption('attention')
    expect((await rows()).sort()).toEqual(['Corp GHES', 'Homebrew tap', 'Legacy Stash'])
    await status().selectOption('expiring')
    expect((await rows()).sort()).toEqual(['CI registry pull', 'Infra GitLab', 'Laptop push'])
    await status().selectOption('expired')
    expect(await rows()).toEqual(['Legacy Stash'])
    await status().selectOption('unchecked')
    expect((await rows()).sort()).toEqual(['CI registry pull', 'On-prem TFS'])
    await status().selectOption('valid')
    expect((await rows()).sort()).toEqual(['AWS prod mirror', 'Agency client repos', 'Data science group', 'Fabrikam boards', 'Laptop push', 'Release bot'])
  })

  it('combines status, host and search, and says when nothing matches', async () => {
    const { page } = ui
    await status().selectOption('attention')
    expect(await host().locator('option').allInnerTexts()).toContain('GitHub.com (3)')
    await host().selectOption('github')
    expect(await rows()).toEqual(['Homebrew tap'])
    await page.getByLabel('Search tokens').fill('laptop')
    await visible(page.getByText('No token matches "laptop" with these filters.'))
    await ui.screenshot('list-filters-no-match-light')
    await page.getByLabel('Search tokens').fill('')
    await host().selectOption('all')
    await page.getByLabel('Search tokens').fill('ghes')
    await expect.poll(rows).toEqual(['Corp GHES'])
    await page.getByLabel('Search tokens').fill('')
    await expect.poll(rows).toHaveLength(3)
    await ui.screenshot('list-filters-attention-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await ui.screenshot('list-filters-attention-dark')
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('keeps the filters when coming back from a token', async () => {
    const { page } = ui
    await host().selectOption('github-enterprise')
    expect(await rows()).toEqual(['Corp GHES'])
    await page.getByRole('button', { name: 'Corp GHES' }).click()
    await visible(page.getByRole('heading', { name: 'Corp GHES', level: 1 }))
    await page.getByRole('button', { name: /All tokens/ }).click()
    await visible(page.getByRole('button', { name: 'Corp GHES' }))
    expect(await status().inputValue()).toBe('attention')
    expect(await host().inputValue()).toBe('github-enterprise')
    expect(await rows()).toEqual(['Corp GHES'])
  })

  it('works from the keyboard: Tab to a filter, arrows choose, Clear filters shows every token again', async () => {
    const { page } = ui
    await page.getByLabel('Search tokens').focus()
    await tabTo(page, 'Status')
    await page.keyboard.press('ArrowUp') // Needs attention -> Valid
    expect(await status().inputValue()).toBe('valid')
    await tabTo(page, 'Host')
    for (let i = 0; i < 12 && (await host().inputValue()) !== 'all'; i++) await page.keyboard.press('ArrowUp') // up to "All hosts"
    expect(await host().inputValue()).toBe('all')
    expect(await rows()).toHaveLength(6)
    await tabTo(page, 'Clear filters')
    await page.keyboard.press('Enter')
    expect(await rows()).toHaveLength(12)
    expect(await status().inputValue()).toBe('all')
    // The button is gone with the filters: focus must not be lost to the page body.
    expect(await focused(page)).toMatchObject({ tag: 'select', name: 'Status' })
  })
})

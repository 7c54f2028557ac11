import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TokenRecord } from '../../../shared/domain/token'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { closeAndClean } from './seed-services'

const TOTAL = 400
const label = (i: number) => `Token ${String(i).padStart(3, '0')}`

/** What the user sees now: the labels of the rows inside the visible part of the scroll area, and any gap. */
const onScreen = (ui: UiRig) =>
  ui.page.evaluate(() => {
    const area = document.getElementById('content')!.getBoundingClientRect()
    const inside = (r: DOMRect) => r.bottom > area.top && r.top < area.bottom
    const rows = Array.from(document.querySelectorAll('#screen tbody tr'))
    const spacerOnScreen = rows.some((r) => r.classList.contains('vault-spacer') && inside(r.getBoundingClientRect()) && r.getBoundingClientRect().top > area.top + 200)
    return { labels: rows.filter((r) => inside(r.getBoundingClientRect())).map((r) => r.querySelector('.vault-link')?.textContent).filter(Boolean), spacerOnScreen, drawn: rows.filter((r) => r.hasAttribute('data-token-id')).length }
  })

// A long list draws only the rows near the screen; to the user it must look and behave like the whole list.
describe('a list of 400 tokens', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi({ viewport: { width: 1120, height: 760 } })
    const now = new Date().toISOString()
    // Every seventh token has a note, so rows differ in height as real ones do.
    const records = Array.from({ length: TOTAL }, (_, i): TokenRecord => ({
      id: randomUUID(), label: label(i), host: 'github', url: 'https://github.com', username: `user${i}`, purpose: 'read', scopes: ['repo'],
      expiresAt: null, expirySource: null, createdAt: now, updatedAt: now, rotations: [], gitBindings: [], alerts: { sent: [] },
      usedIn: i % 7 ? [] : [{ id: randomUUID(), text: `Nightly build ${i}` }],
    }))
    await ui.services.metadata.update((doc) => void doc.tokens.push(...records))
    await ui.page.reload()
    await visible(ui.page.getByRole('button', { name: label(0) }))
  })
  afterAll(() => closeAndClean(ui))

  it('tells assistive tech the whole count and each row its place, while drawing a screenful', async () => {
    const { page } = ui
    expect(await page.locator('table.vault-table').getAttribute('aria-rowcount')).toBe(String(TOTAL + 1))
    expect(await page.getByRole('button', { name: label(0) }).locator('xpath=ancestor::tr').getAttribute('aria-rowindex')).toBe('2')
    const { drawn, labels } = await onScreen(ui)
    expect(drawn).toBeLessThan(100)
    expect(labels.slice(0, 3)).toEqual([label(0), label(1), label(2)])
  })

  it('shows rows without gaps wherever the user scrolls, down to the last token', async () => {
    const { page } = ui
    for (const y of [3000, 9000, 1e6]) {
      await page.evaluate((top) => document.getElementById('content')!.scrollTo(0, top), y)
      await expect.poll(async () => (await onScreen(ui)).labels.length).toBeGreaterThan(5)
      const seen = await onScreen(ui)
      expect(seen.spacerOnScreen).toBe(false)
      // Consecutive tokens, in order: nothing skipped or drawn twice.
      const numbers = seen.labels.map((l) => Number(l!.slice(-3)))
      expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i))
    }
    expect((await onScreen(ui)).labels.at(-1)).toBe(label(TOTAL - 1))
    await ui.screenshot('long-list-end')
  })

  it('keeps its columns at every width with rows undrawn above and below (the space takes no column of its own)', async () => {
    const { page } = ui
    await page.evaluate(() => document.getElementById('content')!.scrollTo(0, 5000))
    for (const width of [820, 1120, 1600]) {
      await page.setViewportSize({ width, height: 760 })
      await expect.poll(async () => (await onScreen(ui)).labels.length).toBeGreaterThan(3)
      const gap = await page.evaluate(() => {
        const table = document.querySelector('#screen table.vault-table')!.getBoundingClientRect()
        const status = document.querySelector('#screen tbody tr[data-token-id] .vault-col-status')!.getBoundingClientRect()
        return Math.round(table.right - status.right)
      })
      expect(gap, `empty space right of Status at ${width} px`).toBe(0)
    }
    await page.setViewportSize({ width: 1120, height: 760 })
  })

  it('keeps the same rows on screen after opening a token and coming back', async () => {
    const { page } = ui
    await page.evaluate(() => document.getElementById('content')!.scrollTo(0, 7000))
    await expect.poll(async () => (await onScreen(ui)).labels.length).toBeGreaterThan(5)
    const before = await onScreen(ui)
    await page.getByRole('button', { name: before.labels[2]! }).click()
    await visible(page.getByRole('button', { name: /All tokens/ }))
    await page.getByRole('button', { name: /All tokens/ }).click()
    await visible(page.getByRole('heading', { name: 'Tokens', level: 1 }))
    expect((await onScreen(ui)).labels).toEqual(before.labels)
  })

  it('finds a token far down by search, and Tab and Shift+Tab walk past the drawn rows', async () => {
    const { page } = ui
    await page.getByLabel('Search tokens').fill('Token 377')
    await visible(page.getByRole('button', { name: label(377) }))
    expect(await page.locator('table.vault-table').getAttribute('aria-rowcount')).toBe('2')
    await page.getByLabel('Search tokens').fill('')
    await page.evaluate(() => document.getElementById('content')!.scrollTo(0, 0))
    await page.getByRole('button', { name: label(0) }).focus()
    // Each row holds a checkbox and the token's button: 120 presses move 60 rows down, beyond the first drawn rows.
    for (let i = 0; i < 120; i++) await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.querySelector('.vault-link')?.textContent)
    expect(focused).toBe(label(60))
    expect((await onScreen(ui)).labels).toContain(label(60))
    // And back up with Shift+Tab from the last token.
    await page.evaluate(() => document.getElementById('content')!.scrollTo(0, 1e6))
    await page.getByRole('button', { name: label(TOTAL - 1) }).focus()
    for (let i = 0; i < 120; i++) await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.querySelector('.vault-link')?.textContent)).toBe(label(TOTAL - 61))
    expect((await onScreen(ui)).labels).toContain(label(TOTAL - 61))
  })
})

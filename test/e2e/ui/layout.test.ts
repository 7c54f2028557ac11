import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { closeAndClean, seedDozen } from './seed-services'

/** The app's minimum window width (BrowserWindow minWidth), its default width and a wide screen. */
const WIDTHS = [820, 1120, 1600] as const

/**
 * For every row: are the Expires and Status cells fully inside the viewport and not cut by an ancestor
 * that clips (overflow other than visible), and does their content fit their own box?
 */
const clippedCells = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = []
    const vw = document.documentElement.clientWidth
    for (const row of document.querySelectorAll('tbody tr[data-token-id]')) {
      for (const cls of ['vault-col-expiry', 'vault-col-status']) {
        const cell = row.querySelector<HTMLElement>(`.${cls}`)
        const label = row.querySelector('.vault-link')?.textContent ?? '?'
        if (!cell || cell.offsetParent === null) { problems.push(`${label}: ${cls} not shown`); continue }
        const box = cell.getBoundingClientRect()
        if (box.left < 0 || box.right > vw) problems.push(`${label}: ${cls} outside the viewport (${Math.round(box.right)} > ${vw})`)
        for (let up = cell.parentElement; up && up !== document.body; up = up.parentElement) {
          const style = getComputedStyle(up)
          if (style.overflowX === 'visible') continue
          const clip = up.getBoundingClientRect()
          if (box.right > clip.right + 0.5 || box.left < clip.left - 0.5) problems.push(`${label}: ${cls} clipped by ${up.className}`)
        }
        for (const inner of cell.querySelectorAll<HTMLElement>('*')) {
          const r = inner.getBoundingClientRect()
          if (r.right > box.right + 0.5 || inner.scrollWidth > inner.clientWidth + 1) problems.push(`${label}: ${cls} content overflows ("${inner.textContent}")`)
        }
      }
    }
    return problems
  })

describe('the token list fits at every supported window width', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi({ viewport: { width: 1120, height: 760 } })
    await seedDozen(ui)
  })
  afterAll(() => closeAndClean(ui))

  for (const width of WIDTHS)
    it(`keeps expiry and status visible and unclipped at ${width} px`, async () => {
      await ui.page.setViewportSize({ width, height: 760 })
      await ui.page.reload()
      await visible(ui.page.getByRole('button', { name: 'Laptop push' }))
      expect(await ui.page.locator('tbody tr[data-token-id]').count()).toBe(12)
      await ui.screenshot(`layout-list-${width}`)
      expect(await clippedCells(ui.page)).toEqual([])
      // What a user reads in the row at this width: the date, the days left and the status words.
      const laptop = ui.page.locator('tr', { has: ui.page.getByRole('button', { name: 'Laptop push' }) })
      await visible(laptop.getByText('5 days left'))
      await visible(laptop.getByText('Valid', { exact: true }))
      const infra = ui.page.locator('tr', { has: ui.page.getByRole('button', { name: 'Infra GitLab' }) })
      await visible(infra.getByText('Host unreachable'))
      // Host and account are still shown when their columns fold away, and no header breaks mid-word.
      const rowText = await laptop.innerText() // innerText holds only rendered text
      expect(rowText).toContain('GitHub.com')
      expect(rowText).toContain('mara-dev')
      for (const th of await ui.page.locator('thead th').all()) if (await th.isVisible()) expect((await th.boundingBox())!.height).toBeLessThan(50)
      // The search field shows its whole placeholder.
      const search = ui.page.getByLabel('Search tokens')
      expect(await search.evaluate((el: HTMLInputElement) => {
        const c = document.createElement('canvas').getContext('2d')!
        c.font = getComputedStyle(el).font
        const style = getComputedStyle(el)
        return c.measureText(el.placeholder).width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16 // the clear button
      })).toBe(true)
    })

  it('takes screenshots of detail, wizard steps and timeline at each width', async () => {
    for (const width of WIDTHS) {
      await ui.page.setViewportSize({ width, height: 760 })
      await ui.page.reload()
      await ui.page.getByRole('button', { name: 'Fabrikam boards' }).click()
      await visible(ui.page.getByRole('heading', { name: 'Fabrikam boards', level: 1 }))
      await visible(ui.page.getByText('Used in', { exact: true }))
      await ui.screenshot(`layout-detail-${width}`)
      await ui.page.getByRole('button', { name: 'Expiry timeline' }).first().click()
      await visible(ui.page.getByRole('heading', { level: 1 }))
      await ui.screenshot(`layout-timeline-${width}`)
      await ui.page.locator('nav').getByRole('button', { name: 'Add token' }).click()
      await visible(ui.page.getByRole('heading', { name: 'Where is the token for?' }))
      await ui.screenshot(`layout-wizard-1-host-${width}`)
      await ui.page.locator('button.host-card[data-kind="gitlab"]').click()
      await visible(ui.page.getByRole('heading', { name: 'What will this token do?' }))
      await ui.screenshot(`layout-wizard-2-purpose-${width}`)
      await ui.page.getByRole('button', { name: 'Show me how' }).click()
      await visible(ui.page.getByRole('heading', { name: /^Create the token on/ }))
      // The token name field shows the whole generated name.
      const name = ui.page.getByLabel('Token name')
      expect(await name.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true)
      await ui.screenshot(`layout-wizard-3-guide-${width}`)
      await ui.page.getByRole('button', { name: 'I have the token' }).click()
      await visible(ui.page.getByRole('heading', { name: /^Paste the / }))
      await ui.screenshot(`layout-wizard-4-paste-${width}`)
      await ui.page.getByRole('button', { name: 'Cancel' }).click()
    }
  })
})

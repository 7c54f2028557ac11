import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TokenRecord } from '../../../shared/domain/token'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

const COUNT = 1000
const DAY = 86_400_000

interface Box { text: string; left: number; right: number; top: number; bottom: number }

/** Every label drawn in the chart (marks and axis), with its box on screen. */
const labelBoxes = (ui: UiRig): Promise<Box[]> =>
  ui.page.locator('.tl-chart text').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect()
      return { text: n.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom }
    }),
  )

const overlapping = (boxes: Box[]): string[] => {
  const hits: string[] = []
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) hits.push(`"${a.text}" over "${b.text}"`)
    }
  return hits
}

// 1,000 tokens (metadata only: the timeline reads no secret) expiring over the coming 120 days, as in
// bench/ui-list; the chart must aggregate colliding points, keep a sane height and never draw a label over another.
describe('expiry timeline with 1,000 tokens', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi({ viewport: { width: 1120, height: 800 } })
    const now = new Date().toISOString()
    const records: TokenRecord[] = Array.from({ length: COUNT }, (_, i) => ({
      id: randomUUID(), label: `${['Laptop', 'CI', 'Deploy', 'Mirror'][i % 4]} token ${String(i).padStart(4, '0')}`, host: 'github', url: 'https://github.com',
      username: `user${i}`, purpose: 'write', scopes: ['repo'], expiresAt: new Date(Date.now() + ((i * 7) % 120) * DAY + DAY / 2).toISOString(), expirySource: 'user',
      createdAt: now, updatedAt: now, rotations: [], usedIn: [], gitBindings: [], alerts: { sent: [] },
    }))
    await ui.services.metadata.update((doc) => void doc.tokens.push(...records))
  }, 90_000)
  afterAll(async () => {
    await ui?.close()
  })

  it('groups colliding points ("N tokens"), stays under 400 px tall and no two labels overlap', async () => {
    const { page } = ui
    await page.reload()
    await page.getByRole('button', { name: 'Expiry timeline' }).click()
    const chart = page.locator('.tl-chart')
    await visible(chart)
    await ui.screenshot('expiry-timeline-1000')

    const height = (await chart.boundingBox())!.height
    expect(height).toBeLessThan(400)
    const groups = await chart.locator('[data-group]').evaluateAll((gs) => gs.map((g) => ({ n: Number(g.getAttribute('data-group')), text: g.textContent ?? '' })))
    expect(groups.length).toBeGreaterThan(0)
    for (const g of groups) expect(g.text).toMatch(new RegExp(`^${g.n} tokens · (\\d+–)?\\d+d$`))
    // Every token due within 90 days is in the chart exactly once, alone or in a group.
    const inRange = (await ui.services.expiry.overview()).tokens.filter((t) => t.msLeft !== null && t.msLeft <= 90 * DAY).length
    const singles = await chart.locator('[data-token]').count()
    expect(singles + groups.reduce((sum, g) => sum + g.n, 0)).toBe(inRange)
    expect(await chart.getAttribute('aria-label')).toMatch(new RegExp(`^${inRange} tokens expire within 90 days; the soonest: .+\\. The list below has them all\\.$`))

    const boxes = await labelBoxes(ui)
    expect(boxes.map((b) => b.text)).toEqual(expect.arrayContaining(['Today', '+90 days']))
    expect(overlapping(boxes)).toEqual([])
  })

  it('at 820 px wide no label overlaps either', async () => {
    await ui.page.setViewportSize({ width: 820, height: 800 })
    await visible(ui.page.locator('.tl-chart'))
    expect(overlapping(await labelBoxes(ui))).toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { closeAndClean } from './seed-services'

const DAY = 86_400_000

// The list keeps each row's risk pills current from the tokens that changed, and sees a new day come.
describe('risk pills in the list follow changes', () => {
  let ui: UiRig
  // One clock for main (which computes the flags) and the page (which knows what day it is).
  let now = new Date('2026-12-01T09:00:00Z')
  const pills = (label: string) => ui.page.locator('tr', { has: ui.page.getByRole('button', { name: label, exact: true }) }).locator('[data-risk]').allInnerTexts()
  let old = ''
  let other = ''
  beforeAll(async () => {
    ui = await startUi({ deps: { clock: () => now }, viewport: { width: 1120, height: 760 } })
    const a = await ui.services.vault.add({ host: 'github', label: 'Old laptop', secret: 'ghp_' + 'a'.repeat(36), expiresAt: '2027-03-01' })
    const b = await ui.services.vault.add({ host: 'gitlab', label: 'Build box', secret: 'glpat-' + 'b'.repeat(20), expiresAt: null })
    old = a.id
    other = b.id
    // Made 120 days ago: older than the default rotation advice (90 days).
    const made = new Date(now.getTime() - 120 * DAY).toISOString()
    await ui.services.metadata.update((doc) => void (doc.tokens.find((t) => t.id === old)!.createdAt = made))
    await ui.page.clock.setFixedTime(now)
    await ui.page.reload()
    await visible(ui.page.getByRole('button', { name: 'Old laptop' }))
  })
  afterAll(() => closeAndClean(ui))

  it('updates the pills of a changed token without touching the others', async () => {
    expect(await pills('Old laptop')).toEqual(['120 days old'])
    expect(await pills('Build box')).toEqual(['Never expires'])
    await ui.services.vault.update(other, { expiresAt: '2027-01-15' })
    await expect.poll(() => pills('Build box')).toEqual([])
    expect(await pills('Old laptop')).toEqual(['120 days old'])
  })

  it('on a new day, the next change brings every token\'s day counts up to date', async () => {
    now = new Date(now.getTime() + DAY)
    await ui.page.clock.setFixedTime(now)
    // Only "Build box" changes; "Old laptop" is a day older all the same.
    await ui.services.vault.update(other, { label: 'Build box 2' })
    await visible(ui.page.getByRole('button', { name: 'Build box 2' }))
    await expect.poll(() => pills('Old laptop')).toEqual(['121 days old'])
  })
})

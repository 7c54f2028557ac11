import { afterAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

describe('app shell in Chromium', () => {
  const rigs: UiRig[] = []
  afterAll(async () => Promise.all(rigs.map((r) => r.close())))

  it.each(['light', 'dark'] as const)('shows the empty token list with an Add token entry point (%s)', async (colorScheme) => {
    const ui = await startUi({ colorScheme })
    rigs.push(ui)
    await visible(ui.page.getByRole('heading', { name: 'No tokens yet' }))
    await ui.page.getByRole('button', { name: '+ Add token' }).last().click()
    expect(await ui.page.getByRole('button', { name: 'Add token', exact: true }).getAttribute('aria-current')).toBe('page')
    await ui.page.getByRole('button', { name: 'Tokens', exact: true }).click()
    await visible(ui.page.getByRole('heading', { name: 'No tokens yet' }))
    const background = await ui.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(15, 17, 21)' : 'rgb(246, 247, 249)')
    await ui.screenshot(`foundation-first-screen-${colorScheme}`)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

describe('app shell in Chromium', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi()
  })
  afterAll(async () => ui?.close())

  it('shows the empty token list with an Add token entry point', async () => {
    await visible(ui.page.getByRole('heading', { name: 'No tokens yet' }))
    expect(await ui.page.getByRole('button', { name: '+ Add token' }).count()).toBe(2)
    await ui.screenshot('foundation-first-screen-light')
  })
})

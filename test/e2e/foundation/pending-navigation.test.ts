import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/app/services'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

describe('a window opened by a tray or notification click', () => {
  let ui: UiRig
  beforeAll(async () => {
    // What main does when a click has to create the window: the route waits in the inbox before the page loads.
    ui = await startUi({
      makeServices: (deps) => {
        const services = createServices(deps)
        services.navigation.push({ view: 'timeline' })
        return services
      },
    })
  })
  afterAll(async () => ui?.close())

  it('starts on the screen the click asked for, once', async () => {
    await visible(ui.page.getByRole('heading', { name: 'Expiry timeline', level: 1 }))
    expect(ui.services.navigation.take()).toBeNull()
    await ui.page.reload()
    await visible(ui.page.getByRole('heading', { name: 'Tokens', level: 1 }))
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { atlassianToken, githubToken, randomChars } from '../../helpers/token-samples'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

// The paste step's words in Chromium with the real renderer: what the user reads for a whole, a clipped,
// a quoted and a not-personal token, and never "can be fine" next to "cut off".
describe('paste step says what a pasted token is, in plain words', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi({ deps: { apiOverrides: { github: 'http://127.0.0.1:9', gitlab: 'http://127.0.0.1:9', 'bitbucket-cloud': 'http://127.0.0.1:9' } }, viewport: { width: 1100, height: 900 } })
  })
  afterAll(async () => ui?.close())

  const toPaste = async (kind: string) => {
    const { page } = ui
    // A fresh page drops the previous test's draft (the wizard keeps it while the app runs).
    await page.reload()
    await page.locator('nav').getByRole('button', { name: 'Add token' }).click()
    await page.locator(`button.host-card[data-kind="${kind}"]`).click()
    await page.getByRole('radio').first().check()
    await page.getByRole('button', { name: 'Show me how' }).click()
    await page.getByRole('button', { name: 'I have the token' }).click()
    await visible(page.getByRole('heading', { name: /^Paste the / }))
    return page.locator('input[type="password"]')
  }
  const words = async () => (await ui.page.locator('.recognition').innerText()).trim()

  it('GitHub: checksum OK, cut off with its length, quotes removed on request', async () => {
    const field = await toPaste('github')
    const token = githubToken('ghp_')
    await field.fill(token)
    await visible(ui.page.getByTestId('recognized'))
    expect(await words()).toBe('Recognised: GitHub personal access token (classic), checksum OK')

    await field.fill(token.slice(0, 30))
    await visible(ui.page.locator('[data-warning="truncated"]'))
    expect(await words()).toMatch(/^This GitHub personal access token \(classic\) looks cut off: 30 characters, but it has at least 40\./)
    expect(await ui.page.getByText(/can be fine/).count()).toBe(0)

    await field.fill(`${token.slice(0, 20)}x${token.slice(21)}`)
    await visible(ui.page.locator('[data-warning="checksum"]'))
    expect(await words()).toContain('has a typo or was cut')

    await field.fill(`"${token}"`)
    await visible(ui.page.locator('[data-warning="quotes"]'))
    await ui.screenshot('paste-recognition-quotes')
    await ui.page.getByRole('button', { name: 'Remove them' }).click()
    await expect.poll(() => field.inputValue()).toBe(token)
    expect(await words()).toBe('Recognised: GitHub personal access token (classic), checksum OK')
  })

  it('GitLab: a runner token is named as not a personal access token', async () => {
    const field = await toPaste('gitlab')
    await field.fill('glrt-2CR8_eVxiio-1QmzPZwa')
    await visible(ui.page.locator('[data-warning="not-a-pat"]'))
    expect(await words()).toContain('This is a GitLab runner authentication token, not a personal access token.')
    await field.fill(`CUSTOM-${randomChars(30)}`)
    await visible(ui.page.getByTestId('unrecognised'))
    expect(await ui.page.locator('[data-warning]').count()).toBe(0)
  })

  it('Bitbucket Cloud: an Atlassian token cut to 120 of 192', async () => {
    const field = await toPaste('bitbucket-cloud')
    await field.fill(atlassianToken().slice(0, 120))
    await visible(ui.page.locator('[data-warning="truncated"]'))
    expect(await words()).toBe('This Atlassian API token looks cut off: 120 of 192 characters. Copy the whole token again.')
    await ui.screenshot('paste-recognition-cut')
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { closeAndClean } from './seed-services'

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)

// The words a user reads, corrected at their source: each assertion is on visible text.
describe('messages and labels as a user reads them', () => {
  let ui: UiRig
  let gitlabId: string
  beforeAll(async () => {
    ui = await startUi({ viewport: { width: 1120, height: 900 } })
  })
  afterAll(() => closeAndClean(ui))

  it('offers no "Check all" on an empty list', async () => {
    await visible(ui.page.getByRole('heading', { name: 'No tokens yet' }))
    expect(await ui.page.getByRole('button', { name: 'Check all' }).count()).toBe(0)
    await visible(ui.page.getByRole('button', { name: '+ Add token' }).first())
  })

  it('shows scope names in check messages as code, never raw backticks, and no GitHub advice on a GitLab token', async () => {
    const record = await ui.services.vault.add({ host: 'gitlab', label: 'Narrow GitLab', username: 'jdoe', purpose: 'write', secret: `glpat-${'W0rdsTest0000000000a'}` })
    gitlabId = record.id
    await ui.services.vault.update(record.id, {
      expiresAt: inDays(20), expirySource: 'host', scopes: ['read_repository'],
      lastCheck: { status: 'missing-scopes', checkedAt: new Date().toISOString(), message: 'GitLab.com accepted the token, but it lacks `write_repository`.', missingScopes: ['write_repository'] },
    })
    await ui.page.reload()
    await ui.page.getByRole('button', { name: 'Narrow GitLab' }).click()
    const details = ui.page.locator('section', { has: ui.page.getByRole('heading', { name: 'Details' }) })
    await visible(details.locator('code', { hasText: 'write_repository' }))
    expect(await details.innerText()).not.toContain('`')
    const git = ui.page.locator('[data-panel="git"]')
    await visible(git.getByText(/does not know the emails of this account/))
    expect(await git.innerText()).not.toMatch(/user:email|add the email/)
  })

  it('labels renewal one way and writes dates one way on the token screen', async () => {
    await visible(ui.page.getByRole('heading', { name: 'Narrow GitLab', level: 1 }))
    expect(await ui.page.getByRole('button', { name: 'Renew', exact: true }).count()).toBe(0)
    expect(await ui.page.getByRole('button', { name: 'Renew\u2026' }).count()).toBeGreaterThanOrEqual(1)
    const expiry = ui.page.locator('[data-panel="expiry"]')
    await visible(expiry.getByText(/UTC/))
    const text = (await ui.page.locator('#screen').innerText()).replace(/https?:\/\/\S+/g, '')
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/) // no ISO dates next to "Dec 21, 2026"
    expect(gitlabId).toBeTruthy()
  })

  it('asks "Which ... server" for a self-managed host', async () => {
    await ui.page.locator('nav').getByRole('button', { name: 'Add token' }).click()
    await ui.page.locator('button.host-card[data-kind="gitlab-self-managed"]').click()
    await visible(ui.page.getByRole('heading', { name: 'Which GitLab self-managed server is the token for?' }))
    await ui.page.getByRole('button', { name: 'Back' }).click()
    await ui.page.locator('button.host-card[data-kind="github-enterprise"]').click()
    await visible(ui.page.getByRole('heading', { name: 'Which GitHub Enterprise Server is the token for?' }))
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GitlabToken } from '../../rigs/hosts'
import { startFakeHost, type FakeHost } from '../../rigs/hosts'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { gitlabWithRotate } from '../../integration/expiry/gitlab-rotate-play'

const OLD = 'glpat-' + 'E2eRotate0000000000'
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)

// GitLab one-click rotation from the renewal screen, against a local GitLab API.
describe('GitLab one-click rotation in Chromium', () => {
  let ui: UiRig
  let gl: FakeHost
  const tokens: Record<string, GitlabToken> = { [OLD]: { username: 'dev', scopes: ['api', 'write_repository'], expires_at: inDays(3) } }
  beforeAll(async () => {
    gl = await startFakeHost(gitlabWithRotate(tokens))
    ui = await startUi({ deps: { apiOverrides: { gitlab: gl.url } } })
  }, 60_000)
  afterAll(async () => {
    for (const t of (await ui?.services.vault.list()) ?? []) await ui.services.vault.remove(t.id)
    await ui?.close()
    await gl?.close()
  })

  it('rotates with the chosen expiry, revokes the old token and swaps the new one in', async () => {
    const added = await ui.services.vault.add({ host: 'gitlab', label: 'laptop', secret: OLD, purpose: 'write', scopes: ['api', 'write_repository'], expiresAt: inDays(3), expirySource: 'host', usedIn: ['~/.netrc on the build box'] })
    await ui.emit('app:navigate', { view: 'renew', tokenId: added.id })
    const card = ui.page.getByRole('region', { name: 'Rotate in one click' })
    await visible(card)
    await card.getByLabel('New expiry (UTC date)').fill(inDays(120))
    await ui.screenshot('expiry-gitlab-rotate')
    await card.getByRole('button', { name: 'Rotate now' }).click()
    // It asks first, naming what breaks; nothing is revoked yet.
    await visible(card.getByRole('alert').getByText(/These places stop working until you update them: ~\/\.netrc on the build box/))
    expect(tokens[OLD]!.revoked).toBeFalsy()
    await card.getByRole('button', { name: 'Rotate and revoke the old token' }).click()
    await visible(ui.page.getByText('Swapped: “laptop” now uses the new token'))
    await visible(ui.page.getByText('0 of 1 updated'))
    expect(tokens[OLD]!.revoked).toBe(true)
    const secret = await ui.services.vault.readSecret(added.id)
    expect(secret).not.toBe(OLD)
    expect(tokens[secret]).toMatchObject({ revoked: false, expires_at: inDays(120) })
    expect(JSON.stringify(ui.traffic)).not.toContain(secret)
  })
})

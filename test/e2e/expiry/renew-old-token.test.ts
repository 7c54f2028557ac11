import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import { visible } from '../../helpers/ui'
import { githubRevokePlay, gitlabRevokePlay, startFakeHost, type FakeHost, type GithubToken, type GitlabToken } from '../../rigs/hosts'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

const OLD = 'ghp_' + 'UiOldTok' + '2'.repeat(28)
const NEW = 'ghp_' + 'UiNewTok' + '3'.repeat(28)
const GL_OLD = 'glpat-' + 'UiOldTok' + '4'.repeat(12)
const GL_NEW = 'glpat-' + 'UiNewTok' + '5'.repeat(12)

// Renewal in Chromium against the real main-process handlers, then "Revoke the old token" against the
// revoke stand-ins (test/rigs/hosts/revoke-play.ts): GitHub accepts, GitLab refuses (403) and nothing changes.
describe('renewal screen: revoke the old token', () => {
  let ui: UiRig
  let gh: FakeHost
  let gl: FakeHost
  const ghTokens: Record<string, GithubToken> = { [OLD]: { login: 'octocat', scopes: ['repo'] }, [NEW]: { login: 'octocat', scopes: ['repo'] } }
  const glTokens: Record<string, GitlabToken> = { [GL_OLD]: { username: 'jdoe', tokenName: 'Laptop clone 2026', scopes: ['read_repository'], expires_at: '2027-01-01' }, [GL_NEW]: { username: 'jdoe', scopes: ['read_repository'], expires_at: '2027-06-01' } }
  const names: string[] = []
  let ghId: string
  let glId: string

  beforeAll(async () => {
    gh = await startFakeHost(githubRevokePlay(ghTokens))
    gl = await startFakeHost(gitlabRevokePlay(glTokens, { refuse: [GL_OLD] }))
    const dataDir = tempDir()
    const keychainService = `PAT Keeper Test ${randomBytes(4).toString('hex')}`
    ui = await startUi({ deps: { dataDir, keychainService, apiOverrides: { github: gh.url, gitlab: gl.url } } })
    ghId = (await ui.services.vault.add({ host: 'github', label: 'ci-deploy', secret: OLD, purpose: 'write' })).id
    glId = (await ui.services.vault.add({ host: 'gitlab', label: 'laptop', secret: GL_OLD, purpose: 'read' })).id
  }, 90_000)
  afterAll(async () => {
    for (const t of (await ui?.services.vault.list()) ?? []) await ui.services.vault.remove(t.id)
    await ui?.close()
    await gh?.close()
    await gl?.close()
  })

  const renew = async (label: string, secret: string) => {
    const { page } = ui
    await page.reload()
    await page.getByRole('button', { name: label, exact: true }).click()
    await page.getByRole('button', { name: 'Renew…' }).first().click()
    await visible(page.getByRole('heading', { name: `Renew “${label}”` }))
    const name = page.locator('.renew-facts dt', { hasText: 'Name' }).locator('+ dd')
    await visible(name.locator('.renew-name-source'))
    names.push(await name.innerText())
    await page.getByLabel('New token', { exact: true }).fill(secret)
    await page.getByRole('button', { name: 'Check and swap' }).click()
    await visible(page.getByText(`Swapped: “${label}” now uses the new token`))
  }

  it('GitHub: the label typed, the old token revoked on the host, the new one kept', async () => {
    const { page } = ui
    await renew('ci-deploy', NEW)
    expect(names.pop()).toBe('ci-deploy\nCopy\nGitHub.com does not report a token\'s name to PAT Keeper, so this is PAT Keeper\'s label for it: use the name the old token has on GitHub.com if it differs.')
    const offer = page.getByRole('region', { name: 'Revoke the old token on GitHub.com' })
    await visible(offer)
    const button = offer.getByRole('button', { name: 'Revoke the old token on GitHub.com' })
    expect(await button.isDisabled()).toBe(true)
    await offer.getByLabel('Type ci-deploy to revoke the old token for good (the new one keeps working)').fill('ci-deploy')
    await ui.screenshot('renew-old-token-offer')
    await button.click()
    await visible(page.getByText('GitHub accepted the request and revokes "ci-deploy (old token)" (it cannot be reactivated).'))
    await ui.screenshot('renew-old-token-revoked')
    expect(ghTokens[OLD]).toBeUndefined()
    expect(await ui.services.vault.readSecret(ghId)).toBe(NEW)
    expect((await ui.services.checker.checkToken(ghId)).status).toBe('valid')
  })

  it('GitLab refuses: the failure says so, the form stays for a retry, nothing else changes; leaving forgets the old secret', async () => {
    const { page } = ui
    await renew('laptop', GL_NEW)
    expect(names.pop()).toBe('Laptop clone 2026\nCopy\nThe old token\'s name on GitLab.com. PAT Keeper calls it “laptop”.')
    const before = await ui.services.vault.find(glId)
    const offer = page.getByRole('region', { name: 'Revoke the old token on GitLab.com' })
    await offer.getByLabel(/^Type laptop to revoke/).fill('laptop')
    await offer.getByRole('button', { name: 'Revoke the old token on GitLab.com' }).click()
    await visible(offer.getByRole('alert').getByText('GitLab does not let "laptop (old token)" revoke itself; nothing was changed. Revoke it by hand on the page below.'))
    expect(await offer.getByText('https://gitlab.com/-/user_settings/personal_access_tokens').count()).toBe(1)
    await page.emulateMedia({ colorScheme: 'dark' })
    await ui.screenshot('renew-old-token-refused-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    expect(await ui.services.vault.find(glId)).toEqual(before)
    expect(glTokens[GL_OLD]!.revoked).toBeFalsy()

    // Still held while the screen is open (a retry reaches the host again), forgotten once the user leaves.
    const forgets = () => ui.traffic.filter((t) => t.kind === 'invoke' && t.channel === 'renewal:forget-old').length
    expect(forgets()).toBe(0)
    await page.getByRole('button', { name: 'Back to token' }).click()
    await visible(page.getByRole('heading', { name: 'laptop', level: 1 }))
    await expect.poll(forgets).toBe(1)
    await expect(ui.services.renewal.revokeOld(glId, 'laptop')).rejects.toMatchObject({ code: 'not-found' })

    // Neither secret reached the renderer.
    const traffic = JSON.stringify(ui.traffic)
    for (const s of [OLD, NEW, GL_OLD, GL_NEW]) expect(traffic).not.toContain(s)
  })
})

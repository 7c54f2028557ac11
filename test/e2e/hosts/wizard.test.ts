import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostSpec } from '../../../shared/hosts/catalog'
import { visible } from '../../helpers/ui'
import { azurePlay, bitbucketCloudPlay, bitbucketDcPlay, githubPlay, gitlabPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { makeScenarios, type Scenario } from './wizard-scenarios'

const { scenarios, secrets } = makeScenarios()

describe('add-token wizard in Chromium, one walk per host kind', () => {
  let ui: UiRig
  const hosts: FakeHost[] = []
  beforeAll(async () => {
    const start = async (...args: Parameters<typeof startFakeHost>) => {
      const host = await startFakeHost(...args)
      hosts.push(host)
      return host
    }
    const github = await start(githubPlay({ [secrets.gh]: { login: 'octocat', expires: '2027-01-15 10:00:00 UTC' } }))
    const ghe = await start(githubPlay({ [secrets.ghe]: { login: 'hubot', scopes: ['repo'] } }, { enterprise: true }))
    const gitlab = await start(gitlabPlay({ [secrets.gl]: { username: 'gl-user', scopes: ['write_repository'], expires_at: '2027-02-01' } }))
    const bb = await start(bitbucketCloudPlay({ [secrets.bb]: { email: 'alice@acme.example', username: 'alice-bb', display_name: 'Alice', scopes: ['read:repository:bitbucket', 'write:repository:bitbucket', 'read:user:bitbucket'] } }))
    const bbdc = await start(bitbucketDcPlay({ [secrets.bbdc]: { slug: 'alice', displayName: 'Alice' } }))
    const ado = await start(azurePlay(['contoso'], { [secrets.ado]: { id: 'u1', displayName: 'Dana', account: 'dana@contoso.example' } }))
    // A port nobody listens on: the check cannot reach the host, and the wizard must still save.
    const dead = await startFakeHost(() => ({ status: 200 }))
    await dead.close()
    ui = await startUi({
      deps: {
        apiOverrides: {
          github: github.url, 'github-enterprise': ghe.url, gitlab: gitlab.url, 'bitbucket-cloud': bb.url, 'bitbucket-data-center': bbdc.url, 'azure-devops': ado.url,
          'gitlab-self-managed': dead.url, 'azure-devops-server': dead.url, codecommit: dead.url,
        },
        validationNetwork: { timeoutMs: 3000, retryBackoffMs: 10 },
      },
      viewport: { width: 1200, height: 1150 },
    })
    await ui.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.origin })
  })
  afterAll(async () => {
    await ui?.close()
    await Promise.all(hosts.map((h) => h.close()))
  })

  const walk = async (s: Scenario) => {
    const { page } = ui
    const spec = hostSpec(s.kind)
    await page.locator('nav').getByRole('button', { name: 'Add token' }).click()
    await visible(page.getByRole('heading', { name: 'Where is the token for?' }))
    await page.locator(`button.host-card[data-kind="${s.kind}"]`).click()
    for (const [label, value] of Object.entries(s.where ?? {})) await page.getByLabel(label, { exact: true }).fill(value)
    if (s.where) await page.getByRole('button', { name: 'Continue' }).click()
    await visible(page.getByRole('heading', { name: 'What will this token do?' }))
    if (s.variant) await page.getByRole('radio', { name: s.variant }).check()
    await page.getByRole('radio', { name: s.purpose }).check()
    await page.getByRole('button', { name: 'Show me how' }).click()

    await visible(page.getByRole('heading', { name: `Create the token on ${spec.displayName}` }))
    if (s.kind === 'bitbucket-data-center') {
      await page.getByRole('button', { name: `${spec.displayName} help` }).click()
      await expect.poll(() => ui.deps.opened.at(-1)).toBe(spec.docsUrl)
    }
    if (s.guideSays) await visible(page.getByText(s.guideSays))
    expect(await page.locator('.guide-steps > li').count()).toBeGreaterThanOrEqual(4)
    await ui.screenshot(`hosts-guide-${s.kind}`)
    await page.getByRole('button', { name: /^Open / }).click()
    await visible(page.getByText('Opened in your browser.'))
    const opened = ui.deps.opened.at(-1)!
    expect(opened.startsWith(s.page)).toBe(true)
    expect(new URL(opened).protocol).toBe('https:')
    await page.getByRole('button', { name: 'I have the token' }).click()

    await visible(page.getByRole('heading', { name: /^Paste the / }))
    const field = page.locator('input[type="password"]')
    for (const mistake of s.mistakes) {
      await field.fill(mistake.secret)
      await visible(page.locator(`[data-warning="${mistake.warning}"]`))
    }
    await ui.screenshot(`hosts-paste-warning-${s.kind}`)
    await field.fill(s.secret)
    if (s.recognised) await visible(page.getByTestId('recognized').getByText(s.recognised))
    for (const code of s.keeps ?? []) await visible(page.locator(`[data-warning="${code}"]`))
    expect(await page.locator('[data-warning]').count()).toBe(s.keeps?.length ?? 0)
    if (s.email) {
      // A common slip: the Atlassian email in the username field.
      await page.getByLabel(s.usernameLabel!, { exact: true }).fill(s.email)
      await visible(page.locator('[data-warning="email-as-username"]'))
    }
    if (s.username) await page.getByLabel(s.usernameLabel!, { exact: true }).fill(s.username)
    if (s.email) await page.getByLabel('Atlassian account email').fill(s.email)
    await page.getByRole('button', { name: 'Check and continue' }).click()

    await visible(page.getByRole('heading', { name: 'Name it and save' }))
    if (s.outcome === 'valid') await visible(page.locator('[data-check-status="valid"]'))
    else await visible(page.getByText(/could not check this token/i))
    await ui.screenshot(`hosts-save-${s.kind}`)
    const label = `${spec.displayName} e2e ${s.kind}`
    await page.getByLabel('Label', { exact: true }).fill(label)
    await page.getByRole('button', { name: /^Save/ }).click()
    await visible(page.getByText(label))
    const saved = (await ui.services.vault.list()).find((t) => t.label === label)!
    expect(saved.host).toBe(s.kind)
    expect(await ui.services.secrets.get(saved.id)).toBe(s.secret)
    return saved
  }

  for (const s of scenarios) {
    it(`${s.kind}: choose, guide, paste with warnings, check, save to the keychain`, async () => {
      const saved = await walk(s)
      if (s.username) expect(saved.username).toBe(s.username)
      if (s.kind === 'github') {
        expect(saved).toMatchObject({ expiresAt: '2027-01-15T10:00:00.000Z', expirySource: 'host', tokenType: 'fine-grained', purpose: 'write-workflows' })
        // The wizard asks for a stored check right after saving, so the list shows "Valid" at once.
        await expect.poll(async () => (await ui.services.vault.list()).find((t) => t.id === saved.id)?.lastCheck?.status, { timeout: 5000 }).toBe('valid')
      }
      if (s.kind === 'azure-devops') expect(saved.org).toBe('contoso')
      if (s.kind === 'azure-devops-server') expect(saved).toMatchObject({ url: 'https://tfs.acme.example/tfs', collection: 'DefaultCollection' })
      if (s.kind === 'codecommit') expect(saved).toMatchObject({ region: 'eu-west-1', url: 'https://git-codecommit.eu-west-1.amazonaws.com', expiresAt: null })
      if (s.kind === 'bitbucket-cloud') expect(saved).toMatchObject({ email: 'alice@acme.example', expirySource: 'user' })
    })
  }

  it('never lets a secret reach the logs or an IPC answer', () => {
    const text = JSON.stringify(ui.traffic) + ui.deps.logLines.join('\n')
    for (const s of scenarios) expect(text).not.toContain(s.secret)
  })
})

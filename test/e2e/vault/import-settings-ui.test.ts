import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

describe('import and settings screens in Chromium', () => {
  let ui: UiRig
  let home: string
  const gh = `ghp_${randomBytes(18).toString('hex')}`
  const other = randomBytes(20).toString('hex')
  beforeAll(async () => {
    home = tempDir('patkeeper-ui-home-')
    writeFileSync(join(home, '.git-credentials'), `https://octo:${gh}@github.com\nhttps://mara:${other}@code.example.net\n`, { mode: 0o600 })
    ui = await startUi({ deps: { env: { HOME: home } } })
  })
  afterAll(async () => {
    if (!ui) return
    for (const id of await ui.services.secrets.ids().catch(() => [] as string[])) await ui.services.secrets.delete(id)
    await ui.close()
  })

  it('imports plaintext credentials shown masked, then removes them from the file with a backup', async () => {
    await ui.page.getByRole('button', { name: 'Import' }).first().click()
    await visible(ui.page.getByRole('heading', { name: '2 tokens found in plaintext' }))
    expect(await ui.page.locator('.vault-import-table').innerText()).toContain(`ghp_\u2022\u2022\u2022\u2022${gh.slice(-4)}`)
    const unknownBox = ui.page.getByLabel('Import mara on code.example.net')
    expect(await unknownBox.isChecked()).toBe(false) // kind unknown: not picked until the user says what it is
    await unknownBox.check()
    const importButton = ui.page.getByRole('button', { name: 'Import 2 into the keychain' })
    expect(await importButton.isDisabled()).toBe(true)
    await ui.page.getByLabel('Kind of server for code.example.net').selectOption('gitlab-self-managed')
    await ui.page.getByLabel('Label for mara on code.example.net').fill('Example GitLab')
    await ui.screenshot('vault-import-light')
    await importButton.click()
    await visible(ui.page.getByText('Imported into the keychain as "Example GitLab".'))
    await ui.page.getByRole('button', { name: 'Remove plaintext copies' }).click()
    await visible(ui.page.getByText(/Removed 2 token\(s\) from/))
    expect(readFileSync(join(home, '.git-credentials'), 'utf8')).not.toContain(gh)
    const backup = readdirSync(home).find((f) => f.startsWith('.git-credentials.patkeeper-backup-'))
    expect(backup && existsSync(join(home, backup))).toBeTruthy()
    expect((await ui.services.vault.list()).map((t) => t.label).sort()).toEqual(['Example GitLab', 'octo@github.com'])
    expect(JSON.stringify(ui.traffic)).not.toContain(gh)
    expect(JSON.stringify(ui.traffic)).not.toContain(other)
    // git read these tokens from the plaintext file until now: each imported one offers git setup at once.
    await ui.page.getByRole('button', { name: 'Use with git: Example GitLab' }).click()
    await visible(ui.page.getByText('Imported \u201cExample GitLab\u201d to your system keychain. Next: let git use it.'))
    await ui.page.getByRole('button', { name: 'Set up git now' }).click()
    await expect.poll(() => ui.page.evaluate(() => document.activeElement?.id)).toBe('git-title')
  })

  it('saves settings, refuses bad values with a clear message, and checks the keychain', async () => {
    await ui.page.getByRole('button', { name: 'Settings' }).first().click()
    await ui.page.getByLabel('Warn before expiry').fill('7, 60 30')
    await ui.page.getByLabel('Clear a copied token after').fill('45')
    await ui.page.getByLabel('Keep running in the background').selectOption('off')
    await ui.page.getByRole('button', { name: 'Save settings' }).click()
    await visible(ui.page.getByText('Settings saved.'))
    expect(await ui.page.getByLabel('Warn before expiry').inputValue()).toBe('60, 30, 7')
    expect((await ui.services.metadata.read()).settings).toMatchObject({ alertThresholdsDays: [60, 30, 7], clipboardClearSeconds: 45, keepRunningInBackground: false })
    await ui.page.getByLabel('Re-check tokens every').fill('0.5')
    await ui.page.getByRole('button', { name: 'Save settings' }).click()
    await visible(ui.page.getByRole('alert').filter({ hasText: 'Re-check interval must be a whole number from 1 to 336.' }))
    expect((await ui.services.metadata.read()).settings.recheckIntervalHours).toBe(24)
    await ui.page.getByRole('button', { name: 'Check keychain' }).click()
    await visible(ui.page.getByText(/The system keychain works/))
    await visible(ui.page.getByText('All 2 token(s) have their secret in the keychain.'))
    await ui.screenshot('vault-settings-light')
  })
})

describe('a damaged data file in the UI', () => {
  it('says what happened and what to do, and does not show an empty list', async () => {
    const ui = await startUi()
    try {
      writeFileSync(join(ui.deps.dataDir, 'metadata.json'), '{"schemaVersion":1,"tokens":[{"id"')
      await ui.page.reload()
      const alert = await visible(ui.page.getByRole('alert'))
      expect(await alert.innerText()).toMatch(/cannot be used[\s\S]*A copy was kept as[\s\S]*nothing was changed/)
      expect(await ui.page.getByRole('heading', { name: 'No tokens yet' }).count()).toBe(0)
      expect(readFileSync(join(ui.deps.dataDir, 'metadata.json'), 'utf8')).toBe('{"schemaVersion":1,"tokens":[{"id"')
    } finally {
      await ui.close()
    }
  })
})

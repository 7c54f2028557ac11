import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TokenView } from '../../../shared/domain/token'
import type { IpcResult } from '../../../shared/ipc/result'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { applyCheckFacts, DOZEN, makeSecrets } from './seed'

const folderText = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n')

/** Adds the dozen tokens from inside the page, through window.api, the real dispatcher and handlers. */
const seedThroughPage = async (ui: UiRig, secrets: string[]): Promise<TokenView[]> => {
  const added: TokenView[] = []
  for (const [i, seed] of DOZEN.entries()) {
    const result = (await ui.page.evaluate(([req]) => (window as unknown as { api: { invoke(c: string, a: unknown): Promise<unknown> } }).api.invoke('tokens:add', req), [{ ...seed.req, secret: secrets[i] }] as const)) as IpcResult<TokenView>
    if (!result.ok) throw new Error(`${seed.req.label}: ${result.message}`)
    added.push(result.value)
    await applyCheckFacts(ui.services, result.value.id, i)
  }
  return added
}

describe('vault screens in Chromium against the real keychain', () => {
  let ui: UiRig
  let secrets: string[]
  let added: TokenView[]
  beforeAll(async () => {
    ui = await startUi({ viewport: { width: 1280, height: 860 } })
    secrets = makeSecrets()
    added = await seedThroughPage(ui, secrets)
  })
  afterAll(async () => {
    if (!ui) return
    for (const id of await ui.services.secrets.ids().catch(() => [] as string[])) await ui.services.secrets.delete(id)
    await ui.close()
  })

  it('lists a dozen tokens with host, account, expiry and status; search and sort work', async () => {
    const rows = ui.page.locator('tbody tr[data-token-id]')
    await visible(ui.page.getByRole('button', { name: 'Laptop push' }))
    await expect.poll(() => rows.count()).toBe(12) // rows arrive in place as the adds are announced
    const laptop = ui.page.locator('tr', { has: ui.page.getByRole('button', { name: 'Laptop push' }) })
    expect(await laptop.innerText()).toMatch(/GitHub\.com[\s\S]*mara-dev[\s\S]*5 days left[\s\S]*Valid/)
    await ui.screenshot('vault-list-light')

    await ui.page.getByLabel('Search tokens').fill('mkowalski')
    await expect.poll(() => rows.count()).toBe(3) // GHES, Stash and TFS (ACME\\mkowalski)
    await ui.page.getByLabel('Search tokens').fill('jupyterhub')
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('Data science group')])
    await ui.page.getByLabel('Search tokens').fill('no such thing')
    await visible(ui.page.getByText('No token matches "no such thing".'))
    await ui.page.getByLabel('Search tokens').fill('')

    await ui.page.getByLabel('Sort by').selectOption('expiry')
    const labelOf = (i: number) => rows.nth(i).locator('.vault-link').innerText()
    await expect.poll(() => labelOf(0)).toBe('Legacy Stash')
    expect(await labelOf(1)).toBe('CI registry pull') // due in 2 days, before 'Laptop push' in 5
    await ui.page.getByRole('button', { name: /^Status/ }).click()
    expect(await rows.first().innerText()).toMatch(/Expired/)
  })

  it('shows a token\'s details, renames it and edits its "used in" notes', async () => {
    await ui.page.getByRole('button', { name: 'Fabrikam boards' }).click()
    await visible(ui.page.getByRole('heading', { name: 'Fabrikam boards' }))
    const facts = ui.page.locator('.vault-facts')
    expect(await facts.innerText()).toMatch(/Azure DevOps Services[\s\S]*fabrikam[\s\S]*mara@fabrikam\.com[\s\S]*vso\.code_write/)
    await ui.page.getByRole('button', { name: 'Rename' }).click()
    await ui.page.getByLabel('Label').fill('Fabrikam boards + repos')
    await ui.page.getByRole('button', { name: 'Save label' }).click()
    await visible(ui.page.getByRole('heading', { name: 'Fabrikam boards + repos' }))
    await ui.page.getByLabel('New place').fill('Power BI dataflow')
    await ui.page.getByRole('button', { name: 'Add place' }).click()
    await visible(ui.page.getByText('Power BI dataflow'))
    await ui.page.getByRole('button', { name: 'Edit note Jira automation' }).click()
    await ui.page.getByLabel('Edit note', { exact: true }).fill('Jira automation (project FAB)')
    await ui.page.getByRole('button', { name: 'Save', exact: true }).click()
    await visible(ui.page.getByText('Jira automation (project FAB)'))
    const stored = await ui.services.vault.find('Fabrikam boards + repos')
    expect(stored.usedIn.map((n) => n.text)).toEqual(['Jira automation (project FAB)', 'Power BI dataflow'])
    await ui.screenshot('vault-detail-light')
  })

  it('refuses a rename to a label already used on that host and says why', async () => {
    await ui.page.getByRole('button', { name: 'Rename' }).click()
    await ui.page.getByLabel('Label').fill('fabrikam BOARDS + repos')
    await ui.page.getByRole('button', { name: 'Save label' }).click() // same token, other case: fine
    await visible(ui.page.getByRole('heading', { name: 'fabrikam BOARDS + repos' }))
    await ui.page.getByRole('button', { name: '\u2190 All tokens' }).click()
    await ui.page.getByRole('button', { name: 'Release bot' }).click()
    await ui.page.getByRole('button', { name: 'Rename' }).click()
    await ui.page.getByLabel('Label').fill('laptop PUSH')
    await ui.page.getByRole('button', { name: 'Save label' }).click()
    await visible(ui.page.getByRole('alert').filter({ hasText: 'already have a github token labelled "Laptop push"' }))
    await ui.page.getByRole('button', { name: 'Cancel' }).click()
  })

  it('removes a token after confirmation, with Undo: keychain item and record are gone after it', { timeout: 60_000 }, async () => {
    const target = added.find((t) => t.label === 'Homebrew tap')!
    await ui.page.getByRole('button', { name: '\u2190 All tokens' }).click()
    await ui.page.getByRole('button', { name: 'Homebrew tap' }).click()
    await ui.page.getByRole('button', { name: 'Remove\u2026' }).click()
    const dialog = ui.page.getByRole('alertdialog', { name: 'Remove \u201cHomebrew tap\u201d?' })
    await visible(dialog)
    expect(await dialog.innerText()).toContain('stays valid on GitHub.com until you revoke it there')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(await ui.services.secrets.get(target.id)).toBe(secrets[DOZEN.findIndex((d) => d.req.label === 'Homebrew tap')])
    await ui.page.getByRole('button', { name: 'Remove\u2026' }).click()
    await ui.page.getByRole('button', { name: 'Remove token' }).click()
    await visible(ui.page.getByRole('heading', { name: 'Tokens' }))
    await expect.poll(() => ui.page.locator('tbody tr[data-token-id]').count()).toBe(11)
    // Undo brings it back untouched.
    await visible(ui.page.getByText('Removed \u201cHomebrew tap\u201d.'))
    await ui.page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => ui.page.locator('tbody tr[data-token-id]').count()).toBe(12)
    expect(await ui.services.secrets.get(target.id)).toBe(secrets[DOZEN.findIndex((d) => d.req.label === 'Homebrew tap')])
    // Without Undo, keychain item and record go when the Undo time runs out.
    await ui.page.getByRole('button', { name: 'Homebrew tap' }).click()
    await ui.page.getByRole('button', { name: 'Remove\u2026' }).click()
    await ui.page.getByRole('button', { name: 'Remove token' }).click()
    await expect.poll(() => ui.services.secrets.get(target.id), { timeout: 20_000 }).toBeNull()
    await expect.poll(() => ui.page.locator('tbody tr[data-token-id]').count()).toBe(11)
    await expect(ui.services.vault.find(target.id)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('never lets a secret reach the page, the IPC results, the logs or the data folder', async () => {
    const seen = [JSON.stringify(ui.traffic), ui.deps.logLines.join('\n'), folderText(ui.deps.dataDir), await ui.page.content()].join('\n')
    expect(ui.traffic.length).toBeGreaterThan(20)
    for (const secret of secrets) expect(seen).not.toContain(secret)
  })
})

describe('vault screens in the dark theme', () => {
  it('renders the list and the detail view with the dark palette', async () => {
    const ui = await startUi({ colorScheme: 'dark', viewport: { width: 1280, height: 860 } })
    try {
      const secrets = makeSecrets()
      const added = await seedThroughPage(ui, secrets)
      await visible(ui.page.getByRole('button', { name: 'Laptop push' }))
      const bg = await ui.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(bg).toBe('rgb(15, 17, 21)')
      await ui.screenshot('vault-list-dark')
      await ui.page.getByRole('button', { name: 'Laptop push' }).click()
      await visible(ui.page.getByRole('heading', { name: 'Laptop push' }))
      await ui.screenshot('vault-detail-dark')
      for (const t of added) await ui.services.secrets.delete(t.id)
    } finally {
      await ui.close()
    }
  })
})

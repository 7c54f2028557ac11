import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NavigateRequest } from '../../../shared/ipc/channels/app'
import type { TokenRecord } from '../../../shared/domain/token'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { isBlocking, runAxe, type AxeFinding } from './axe-kit'
import { closeAndClean, seedDozen } from './seed-services'

const THEMES = ['light', 'dark'] as const

/**
 * axe-core on every screen and state the app shows, in both themes, against the real handlers and keychain.
 * Fails on any serious or critical violation; prints how many states and rules were checked.
 */
describe('accessibility: axe-core on every screen and state, light and dark', () => {
  let ui: UiRig
  const findings: AxeFinding[] = []
  const rulesRun = new Set<string>()
  const rulesApplied = new Set<string>()
  const states: string[] = []
  beforeAll(async () => {
    // Hosts are dead addresses: the wizard's check says it could not reach the host, quickly.
    const dead = 'http://127.0.0.1:9'
    ui = await startUi({ deps: { apiOverrides: { github: dead, gitlab: dead, 'gitlab-self-managed': dead }, validationNetwork: { timeoutMs: 1500, retryBackoffMs: 10 } }, viewport: { width: 1120, height: 760 } })
  })
  afterAll(async () => {
    const blocking = findings.filter(isBlocking)
    console.log(
      `axe-core: ${states.length} states x ${THEMES.length} themes = ${states.length * THEMES.length} runs; ${rulesRun.size} rules run, ${rulesApplied.size} applied to something; ` +
        `${blocking.length} serious/critical, ${findings.length - blocking.length} moderate/minor findings`,
    )
    for (const f of findings) console.log(`  ${f.impact} ${f.rule} in ${f.state} (${f.theme}): ${f.nodes.slice(0, 3).join(', ')}`)
    await closeAndClean(ui)
  })

  /** Checks the current page in both themes and records the result under `state`. */
  const check = async (state: string) => {
    states.push(state)
    for (const theme of THEMES) {
      const run = await runAxe(ui.page, state, theme)
      findings.push(...run.findings)
      run.rulesRun.forEach((r) => rulesRun.add(r))
      run.rulesApplied.forEach((r) => rulesApplied.add(r))
    }
    await ui.page.emulateMedia({ colorScheme: 'light' })
    expect(await ui.page.locator('h1').count(), `${state}: one <h1>`).toBeGreaterThanOrEqual(1)
  }
  const go = (route: NavigateRequest) => ui.emit('app:navigate', route)
  const blockingIn = (prefix: string) => findings.filter((f) => isBlocking(f) && f.state.startsWith(prefix)).map((f) => `${f.rule} in ${f.state} (${f.theme}): ${f.nodes.slice(0, 2).join(', ')}`)

  it('has no serious violation on the screens of an empty vault and in the wizard', async () => {
    const { page } = ui
    await visible(page.getByRole('heading', { name: 'No tokens yet' }))
    await check('empty/list')
    await page.getByRole('button', { name: 'About PAT Keeper' }).click()
    await check('empty/about-open')
    await page.getByRole('button', { name: 'About PAT Keeper' }).click()
    for (const view of ['timeline', 'import', 'settings', 'renew'] as const) {
      await go({ view })
      await page.waitForFunction((v) => document.querySelector('h1') && !document.querySelector('[aria-busy="true"]') && v, view)
      await page.waitForTimeout(150)
      await check(`empty/${view}`)
    }
    // Wizard: every step for GitLab.com, the "where" step with an error for GitLab self-managed.
    await go({ view: 'add' })
    await visible(page.getByRole('heading', { name: 'Where is the token for?' }))
    await check('wizard/host')
    await page.locator('button.host-card[data-kind="gitlab-self-managed"]').click()
    await visible(page.getByRole('heading', { name: 'Which GitLab self-managed server is the token for?' }))
    await check('wizard/where')
    await page.getByLabel('Server address', { exact: true }).fill('http://plain.example.com')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForTimeout(100)
    await check('wizard/where-error')
    await page.getByRole('button', { name: 'Cancel' }).click() // or the wizard picks up where it was left
    await go({ view: 'add' })
    await page.locator('button.host-card[data-kind="gitlab"]').click()
    await visible(page.getByRole('heading', { name: 'What will this token do?' }))
    await check('wizard/purpose')
    await page.getByRole('button', { name: 'Show me how' }).click()
    await visible(page.getByRole('heading', { name: /^Create the token on/ }))
    await check('wizard/guide')
    await page.getByRole('button', { name: 'I have the token' }).click()
    await visible(page.getByRole('heading', { name: /^Paste the / }))
    await check('wizard/paste-empty')
    await page.locator('input[type="password"]').fill('Summer2026!')
    await visible(page.locator('[data-warning]'))
    await check('wizard/paste-warning')
    await page.locator('input[type="password"]').fill(`glpat-${'Kb7xQ2mN9pR4sT6vW8yZ'}`)
    await check('wizard/paste-ok')
    await page.getByRole('button', { name: 'Check and continue' }).click()
    await visible(page.getByRole('heading', { name: 'Name it and save' }))
    await visible(page.getByText(/could not check this token/i), 15_000)
    await check('wizard/save')
    expect(blockingIn('empty/').concat(blockingIn('wizard/'))).toEqual([])
  })

  it('has no serious violation on the list, every token detail and their dialogs', async () => {
    const { page } = ui
    const added = await seedDozen(ui)
    await go({ view: 'tokens' })
    await visible(page.getByRole('button', { name: 'Laptop push' }))
    await check('list/populated')
    await page.getByLabel('Search tokens').fill('no such thing')
    await check('list/no-match')
    await page.getByLabel('Search tokens').fill('')
    await page.getByRole('button', { name: /^Status/ }).click()
    await check('list/sorted-by-status')
    await page.getByLabel('Status', { exact: true }).selectOption('attention')
    await check('list/filtered')
    await page.getByLabel('Host', { exact: true }).selectOption('codecommit')
    await visible(page.getByText('No token matches these filters.'))
    await check('list/filter-no-match')
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.getByRole('checkbox', { name: /^Select all/ }).check()
    await check('list/all-selected')
    await page.getByRole('button', { name: 'Remove selected\u2026' }).click()
    await visible(page.getByRole('alertdialog'))
    await check('list/bulk-remove-dialog')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Clear selection' }).click()
    for (const t of added) {
      await go({ view: 'token', tokenId: t.id })
      await visible(page.getByRole('heading', { name: t.label, level: 1 }))
      await check(`detail/${t.label}`)
    }
    await page.getByRole('button', { name: 'Rename' }).click()
    await check('detail/rename-open')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Remove\u2026' }).click()
    await visible(page.getByRole('alertdialog'))
    await check('detail/remove-dialog')
    await page.keyboard.press('Escape')
    await go({ view: 'token', tokenId: 'no-such-token' })
    await visible(page.getByRole('heading', { name: 'This token is gone' }))
    await check('detail/gone')
    await go({ view: 'timeline' })
    await visible(page.getByRole('heading', { name: 'Expiry timeline', level: 1 }))
    await page.waitForTimeout(200)
    await check('list/timeline')
    await go({ view: 'renew', tokenId: added[0]!.id })
    await page.waitForTimeout(300)
    await check('list/renew-one')
    // Settings > Appearance forced to Dark, then Light, whatever the OS says (axe runs under both OS schemes).
    await go({ view: 'settings' })
    for (const theme of ['Dark', 'Light'] as const) {
      await page.getByRole('radio', { name: theme }).check()
      await check(`theme/forced-${theme.toLowerCase()}`)
    }
    await page.getByRole('radio', { name: 'System (follow the OS)' }).check()
    expect(blockingIn('list/').concat(blockingIn('detail/'), blockingIn('theme/'))).toEqual([])
  }, 90_000)

  it('has no serious violation in a long list scrolled to the middle (rows undrawn above and below)', async () => {
    const { page } = ui
    const now = new Date().toISOString()
    const many = Array.from({ length: 300 }, (_, i): TokenRecord => ({
      id: randomUUID(), label: `Long list ${String(i).padStart(3, '0')}`, host: 'github', url: 'https://github.com', username: `user${i}`, purpose: 'read', scopes: ['repo'],
      expiresAt: null, expirySource: null, createdAt: now, updatedAt: now, rotations: [], usedIn: [], gitBindings: [], alerts: { sent: [] },
    }))
    await ui.services.metadata.update((doc) => void doc.tokens.push(...many))
    await page.reload()
    await visible(page.getByRole('button', { name: 'Laptop push' }))
    await page.evaluate(() => document.getElementById('content')!.scrollTo(0, 6000))
    await visible(page.getByRole('button', { name: /^Long list/ }))
    expect(await page.locator('#screen tr.vault-spacer').count()).toBe(2)
    await check('list/long-scrolled')
    expect(blockingIn('list/long')).toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visible } from '../../helpers/ui'
import { gitlabPlay, startFakeHost, type FakeHost, type GitlabToken } from '../../rigs/hosts'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'
import { closeAndClean } from './seed-services'

const TOTAL = 120
const secretOf = (i: number) => `glpat-${String(i).padStart(20, '0')}`

// Check all on many tokens against a slow local GitLab: progress counts, rows update in place, Stop works.
describe('Check all with progress, in-place rows and Stop', () => {
  let ui: UiRig
  let gl: FakeHost
  // Every third token is unknown to the host (401): those need attention.
  const known: Record<string, GitlabToken> = {}
  for (let i = 0; i < TOTAL; i++) if (i % 3) known[secretOf(i)] = { username: `user${i}`, scopes: ['read_user', 'read_repository'], expires_at: '2027-06-01' }
  beforeAll(async () => {
    gl = await startFakeHost(gitlabPlay(known), { latencyMs: 150 })
    ui = await startUi({ deps: { apiOverrides: { gitlab: gl.url }, validationNetwork: { timeoutMs: 5000, retryBackoffMs: 10 } }, viewport: { width: 1120, height: 760 } })
    for (let i = 0; i < TOTAL; i++) await ui.services.vault.add({ host: 'gitlab', label: `Token ${String(i).padStart(3, '0')}`, purpose: 'read', secret: secretOf(i) })
    await ui.page.reload()
  }, 120_000)
  afterAll(async () => {
    await closeAndClean(ui)
    await gl?.close()
  })

  it('counts "n of 120 checked, k need attention" while it runs, and does not reload the whole list per token', async () => {
    const { page } = ui
    await visible(page.getByRole('button', { name: 'Token 000' }))
    const listCallsBefore = ui.traffic.filter((t) => t.kind === 'invoke' && t.channel === 'tokens:list').length
    await page.getByRole('button', { name: 'Check all' }).click()
    const status = page.locator('.check-all-result')
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^\d+ of 120 checked/)
    await ui.screenshot('check-all-progress')
    await expect.poll(() => status.innerText(), { timeout: 60_000 }).toBe('120 checked, 40 need attention.')
    await visible(page.getByRole('button', { name: 'Check all' }))
    // Rows show the results without a full reload per token (120 tokens, 240 per-token events). The list
    // draws the rows near the screen only: each drawn row, at the top and after scrolling to the end, shows
    // its own token's verdict (every third token is unknown to the host).
    const verdicts = () => page.locator('tbody tr[data-token-id]').evaluateAll((rows) => rows.map((r) => [r.querySelector('.vault-link')?.textContent, r.querySelector('[data-status]')?.getAttribute('data-status')]))
    const expected = (rows: (string | null | undefined)[][]) => rows.map(([label]) => [label, Number(label!.slice(-3)) % 3 ? 'valid' : 'invalid'])
    const top = await verdicts()
    expect(top.length).toBeGreaterThan(10)
    expect(top).toEqual(expected(top))
    await page.evaluate(() => document.getElementById('content')!.scrollTo(0, 1e6))
    await visible(page.getByRole('button', { name: 'Token 119' }))
    const end = await verdicts()
    expect(end).toEqual(expected(end))
    await page.evaluate(() => document.getElementById('content')!.scrollTo(0, 0))
    const listCalls = ui.traffic.filter((t) => t.kind === 'invoke' && t.channel === 'tokens:list').length - listCallsBefore
    expect(listCalls).toBeLessThanOrEqual(4)
    const progressEvents = ui.traffic.filter((t) => t.kind === 'event' && t.channel === 'tokens:check-progress').length
    expect(progressEvents).toBeLessThan(TOTAL) // throttled, not one per token
  })

  it('stops when asked: no new checks start, and it says how far it got', async () => {
    const { page } = ui
    const before = gl.requests.length
    await page.getByRole('button', { name: 'Check all' }).click()
    await expect.poll(() => page.locator('.check-all-result').innerText(), { timeout: 20_000 }).toMatch(/^\d+ of 120 checked/)
    await page.getByRole('button', { name: 'Stop' }).click()
    await expect.poll(() => page.locator('.check-all-result').innerText(), { timeout: 20_000 }).toMatch(/^Stopped after \d+ of 120/)
    const stoppedAt = Number((await page.locator('.check-all-result').innerText()).match(/after (\d+)/)![1])
    expect(stoppedAt).toBeLessThan(TOTAL)
    const asked = gl.requests.length - before
    await page.waitForTimeout(600)
    expect(gl.requests.length - before).toBe(asked) // nothing more went to the host after it stopped
  })
})

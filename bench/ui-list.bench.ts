/// <reference lib="dom" />
// The token list with 1,000 tokens in Debian's Chromium against the real handlers and keychain (UI rig):
// time to a usable list, search keystroke -> rows shown, sort click -> rows shown, back from a token (and
// whether the scroll position is kept), Check all wall time and its longest frame, compared with
// `checker.checkAll()` on the same stored tokens and host latency without a window.
// Run: npm run build && bash test/rigs/keychain/run.sh node scripts/run-bench.mjs bench/ui-list.bench.ts
// Each figure runs from the input event (or navigation start) to the first painted frame showing the result
// (bench/ui-probe.ts, measured in the page).
// Targets: search and sort < 50 ms, back < 150 ms with scroll kept, no frame > 100 ms during Check all,
// Check all within 1.2x of the windowless run.
import { randomUUID } from 'node:crypto'
import { cpus, loadavg } from 'node:os'
import type { TokenRecord, TokenView } from '../shared/domain/token'
import { toTokenView } from '../shared/domain/token'
import { searchTokens, sortTokens } from '../renderer/views/tokens/sort-tokens'
import { githubPlay, startFakeHost } from '../test/rigs/hosts'
import { startUi } from '../test/rigs/ui/ui-rig'
import { installProbe, until } from './ui-probe'

const COUNT = 1000
const LATENCY = 150
const ms = (n: number) => `${n.toFixed(0)} ms`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

void (async () => {
  const gh: Record<string, { login: string; scopes: string[]; expires: string }> = {}
  const secrets: string[] = []
  for (let i = 0; i < COUNT; i++) {
    const secret = `ghp_bench${String(i).padStart(4, '0')}${'x'.repeat(27)}`
    secrets.push(secret)
    if (i % 10) gh[secret] = { login: `user${i}`, scopes: ['repo'], expires: '2027-06-01 00:00:00 UTC' } // every 10th: refused
  }
  const host = await startFakeHost(githubPlay(gh, { enterprise: true }), { latencyMs: LATENCY })
  const ui = await startUi({ deps: { apiOverrides: { 'github-enterprise': host.url }, validationNetwork: { timeoutMs: 10_000, retryBackoffMs: 10 } }, viewport: { width: 1120, height: 760 } })
  const { page, services } = ui
  try {
    const now = new Date().toISOString()
    const records: TokenRecord[] = secrets.map((_, i) => ({
      id: randomUUID(), label: `${['Laptop', 'CI', 'Deploy', 'Mirror'][i % 4]} token ${String(i).padStart(4, '0')}`, host: 'github-enterprise', url: host.url,
      username: `user${i}`, purpose: 'write', scopes: ['repo'], expiresAt: i % 9 ? new Date(Date.now() + (i % 400) * 86_400_000).toISOString().slice(0, 10) : null, expirySource: i % 9 ? 'user' : null,
      createdAt: now, updatedAt: now, rotations: [], usedIn: i % 5 ? [] : [{ id: randomUUID(), text: `Jenkins job ${i}` }], gitBindings: [], alerts: { sent: [] },
    }))
    const seed0 = performance.now()
    await services.metadata.update((doc) => void doc.tokens.push(...records))
    for (let i = 0; i < records.length; i += 25) await Promise.all(records.slice(i, i + 25).map((r, j) => services.secrets.set(r.id, secrets[i + j]!)))
    console.log(`seed: ${COUNT} tokens (metadata + keychain) in ${ms(performance.now() - seed0)}; machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (figures grow with it)`)
    const views: TokenView[] = records.map(toTokenView)

    // The list draws only the rows near the visible part (aria-rowcount says how many match): a list is
    // "shown" when the table counts the expected rows and its first drawn row is the expected first token.
    const listIs = (rows: TokenView[]) => ({ count: rows.length + 1, first: rows[0]?.id ?? null })

    // Time to usable list: navigation start -> the whole list's first rows painted.
    const loads: number[] = []
    await installProbe(page)
    for (let i = 0; i < 3; i++) {
      await page.reload()
      loads.push(await until(page, 'list', listIs(sortTokens(views, 'label', false)), true))
    }
    console.log(`usable list (navigation start -> first rows of ${COUNT} painted): median ${ms(median(loads))} (${loads.map(ms).join(', ')})`)

    // The list sorts by label first, then searches within that order.
    const byLabel = sortTokens(views, 'label', false)
    const search = page.getByLabel('Search tokens')
    await search.focus()
    const keys: string[] = []
    let typed = ''
    for (const ch of 'laptop') {
      typed += ch
      await page.keyboard.press(ch)
      keys.push(`${ch} ${ms(await until(page, 'list', listIs(searchTokens(byLabel, typed))))}`)
    }
    for (let i = 0; i < 6; i++) {
      typed = typed.slice(0, -1)
      await page.keyboard.press('Backspace')
      keys.push(`\u232b ${ms(await until(page, 'list', listIs(searchTokens(byLabel, typed))))}`)
    }
    console.log(`search keystroke -> rows shown: ${keys.join(', ')}`)

    const sorts: string[] = []
    for (const [label, key] of [['Expires', 'expiry'], ['Status', 'status'], ['Host', 'host'], ['Token', 'label']] as const) {
      await page.locator('thead').getByRole('button', { name: new RegExp(`^${label}`) }).click()
      sorts.push(`${label} ${ms(await until(page, 'list', listIs(sortTokens(views, key, false))))}`)
    }
    console.log(`sort click -> rows shown: ${sorts.join(', ')}`)

    // Back from a token: scroll down, open one, come back; the same rows must be on screen as before.
    const backs: number[] = []
    let kept = true
    const topRow = () => page.evaluate(() => {
      const top = document.getElementById('content')!.getBoundingClientRect().top
      const rows = Array.from(document.querySelectorAll('#screen tbody tr[data-token-id]'))
      return { scroll: document.getElementById('content')!.scrollTop, id: rows.find((r) => r.getBoundingClientRect().bottom > top + 100)?.getAttribute('data-token-id') }
    })
    for (let i = 0; i < 3; i++) {
      await page.evaluate((y) => document.getElementById('content')!.scrollTo(0, y), 20_000 + i * 5000)
      await page.waitForTimeout(200)
      await until(page, 'back', null)
      const before = await topRow()
      await page.locator(`tr[data-token-id="${before.id}"] .vault-link`).click()
      await page.getByRole('button', { name: /All tokens/ }).click()
      backs.push(await until(page, 'back', null))
      const after = await topRow()
      kept &&= Math.abs(after.scroll - before.scroll) < 2 && after.id === before.id
    }
    console.log(`back from a token -> list shown: ${backs.map(ms).join(', ')}; scroll position kept: ${kept ? 'yes' : 'NO'}`)

    // Check all through the window, frames watched in the page.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: { last: number; max: number; over100: number; on: boolean } }
      w.__frames = { last: performance.now(), max: 0, over100: 0, on: true }
      const tick = (t: number) => {
        const gap = t - w.__frames.last
        w.__frames.last = t
        w.__frames.max = Math.max(w.__frames.max, gap)
        if (gap > 100) w.__frames.over100++
        if (w.__frames.on) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    const ui0 = performance.now()
    await page.getByRole('button', { name: 'Check all' }).click()
    await page.getByText(/^1,000 checked, 100 need attention\.$/).waitFor({ timeout: 600_000 })
    const uiWall = performance.now() - ui0
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: { max: number; over100: number; on: boolean } }
      w.__frames.on = false
      return w.__frames
    })
    console.log(`Check all in the window (${COUNT} tokens, ${LATENCY} ms host latency): ${ms(uiWall)}; longest frame ${ms(frames.max)}, ${frames.over100} frames over 100 ms`)

    const direct0 = performance.now()
    const direct = await services.checker.checkAll()
    const directWall = performance.now() - direct0
    console.log(`checker.checkAll() without a window, same tokens and latency: ${ms(directWall)} (${Object.keys(direct).length} results); window / windowless = ${(uiWall / directWall).toFixed(2)}x`)
  } finally {
    for (const id of await services.secrets.ids().catch(() => [] as string[])) await services.secrets.delete(id)
    await ui.close()
    await host.close()
  }
})()

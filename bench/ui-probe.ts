/// <reference lib="dom" />
// Page-side timing for bench/ui-list.bench.ts: from the user's input event (or navigation start) to the
// first frame painted with the expected result, measured in the page so no round trip to Node is counted.
import type { Page } from 'playwright-core'

/** What to wait for: the list with `count` table rows and `first` as its first row, or the list back on screen. */
export type Expect = { kind: 'list'; count: number; first: string | null } | { kind: 'back' }

type ProbeWindow = Window & { __input: number; __until(expect: Expect, fromStart: boolean): Promise<number> }

/** Installs the probe on every page load (before the app's own scripts run). */
export const installProbe = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as ProbeWindow
    w.__input = 0
    for (const type of ['keydown', 'pointerdown']) addEventListener(type, () => (w.__input = performance.now()), true)
    const shows = (expect: Expect): boolean => {
      const screen = document.getElementById('screen')
      if (expect.kind === 'list') {
        const table = screen?.querySelector('table.vault-table')
        const first = screen?.querySelector('tbody tr[data-token-id]')
        return table?.getAttribute('aria-rowcount') === String(expect.count) && (first?.getAttribute('data-token-id') ?? null) === expect.first
      }
      // Back on the list: its heading, and a token row inside the visible part of the scroll area.
      const area = document.getElementById('content')?.getBoundingClientRect()
      if (screen?.querySelector('h1')?.textContent !== 'Tokens' || !area) return false
      return Array.from(screen.querySelectorAll('tbody tr[data-token-id]')).some((row) => {
        const r = row.getBoundingClientRect()
        return r.bottom > area.top && r.top < area.bottom
      })
    }
    w.__until = (expect, fromStart) =>
      new Promise((resolve, reject) => {
        const since = fromStart ? 0 : w.__input
        const deadline = performance.now() + 30_000
        const poll = () => {
          // Checked before this frame paints; a task queued now runs once it has painted.
          if (shows(expect)) return void setTimeout(() => resolve(performance.now() - since))
          if (performance.now() > deadline) return reject(new Error(`bench: ${JSON.stringify(expect)} not shown within 30 s`))
          requestAnimationFrame(poll)
        }
        requestAnimationFrame(poll)
      })
  })

/** Milliseconds from the last input event (or navigation start) to the first painted frame that shows `expect`. */
export const until = (page: Page, kind: 'list' | 'back', arg: { count: number; first: string | null } | null, fromStart = false) =>
  page.evaluate(([expect, start]) => (window as unknown as ProbeWindow).__until(expect, start), [(kind === 'list' ? { kind, ...arg! } : { kind }) as Expect, fromStart] as const)

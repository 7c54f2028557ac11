import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { emulateOsScheme } from '../../helpers/ui'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Rules axe ships switched off that still say something about this app (the audit's second pass). */
const EXTRA_RULES = ['target-size', 'p-as-heading', 'focus-order-semantics', 'table-fake-caption', 'td-has-header']

/** One failed rule in one state and theme. */
export interface AxeFinding {
  state: string
  theme: 'light' | 'dark'
  rule: string
  impact: string
  nodes: string[]
}

/** What one axe run reported. */
export interface AxeRun {
  findings: AxeFinding[]
  /** Rules axe ran (passes, violations, incomplete, inapplicable). */
  rulesRun: string[]
  /** Rules that found something to test in this state. */
  rulesApplied: string[]
}

/**
 * Runs axe-core (the real library, injected through DevTools so the app's CSP stays as it is) on the whole
 * document, default rules plus EXTRA_RULES. `page.emulateMedia` switches the theme first.
 */
export const runAxe = async (page: Page, state: string, theme: 'light' | 'dark'): Promise<AxeRun> => {
  await emulateOsScheme(page, theme)
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))))
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const result = await page.evaluate(async (extra) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<Record<'violations' | 'passes' | 'incomplete' | 'inapplicable', { id: string; impact: string | null; nodes: { target: unknown[] }[] }[]>> } }).axe
    const out = await axe.run(document, { rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])), resultTypes: ['violations'] })
    return {
      violations: out.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'minor', nodes: v.nodes.map((n) => n.target.join(' ')) })),
      run: [...out.passes, ...out.violations, ...out.incomplete, ...out.inapplicable].map((r) => r.id),
      applied: [...out.passes, ...out.violations, ...out.incomplete].map((r) => r.id),
    }
  }, EXTRA_RULES)
  return {
    findings: result.violations.map((v) => ({ state, theme, rule: v.id, impact: v.impact, nodes: v.nodes })),
    rulesRun: result.run,
    rulesApplied: result.applied,
  }
}

/** Serious and critical findings fail the suite; moderate and minor ones are printed. */
export const isBlocking = (f: AxeFinding): boolean => f.impact === 'serious' || f.impact === 'critical'

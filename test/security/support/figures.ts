import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where each suite writes its counts; `npm run figures` (scripts/figures.mjs) sums them. */
export const FIGURES_DIR = resolve(import.meta.dirname, '../../../test-artifacts/figures')

/** The security checklist of ARCHITECTURE.md, one key per item; figures are counted per key. */
export const CHECKLIST = {
  'web-preferences': 'Literal locked-down webPreferences (contextIsolation, sandbox, no nodeIntegration, no webview)',
  'enable-sandbox': 'app.enableSandbox()',
  'app-protocol-csp': 'App served from app:// with a strict CSP header',
  'navigation-denied': 'Navigation and new windows denied',
  'open-external-allowlist': 'shell.openExternal only for allowlisted https URLs',
  'permissions-denied': 'Permission requests denied by default',
  'tls-not-weakened': 'TLS never weakened',
  'ipc-sender-args': 'IPC sender and argument checks',
  'no-secret-leak': 'Secrets never in the renderer, logs or files',
  fuses: 'Electron fuses set explicitly',
  electronegativity: 'Electronegativity gate fails on findings',
  'lint-layering': 'Lint layering: renderer/shared import no Electron, Node or keytar',
} as const

/** One checklist key. */
export type ChecklistItem = keyof typeof CHECKLIST

/** Counts one suite contributes to the figures. */
export interface SuiteFigures {
  suite: string
  /** Passed checks per checklist item. */
  checks: Partial<Record<ChecklistItem, number>>
  fuzzCases: number
  faultsInjected: number
  faultsSurvived: number
  placesScanned: number
  secretsScanned: number
  tokensLeaked: number
  writtenAt: string
}

/** A counter a suite fills as its tests pass and writes once at the end (afterAll). */
export const suiteFigures = (suite: string) => {
  const figures: SuiteFigures = { suite, checks: {}, fuzzCases: 0, faultsInjected: 0, faultsSurvived: 0, placesScanned: 0, secretsScanned: 0, tokensLeaked: 0, writtenAt: '' }
  return {
    figures,
    /** Counts passed checks for a checklist item; call after the assertions so only passes count. */
    passed(item: ChecklistItem, count = 1) {
      figures.checks[item] = (figures.checks[item] ?? 0) + count
    },
    /** Writes test-artifacts/figures/<suite>.json. */
    write() {
      mkdirSync(FIGURES_DIR, { recursive: true })
      figures.writtenAt = new Date().toISOString()
      writeFileSync(join(FIGURES_DIR, `${suite}.json`), `${JSON.stringify({ ...figures, checklist: CHECKLIST }, null, 2)}\n`)
    },
  }
}

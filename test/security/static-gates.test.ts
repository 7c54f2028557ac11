import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'
import { suiteFigures } from './support/figures'

// A gate that cannot fail proves nothing: each static gate is run here on a bad fixture and must fail.
const ROOT = resolve(import.meta.dirname, '../..')
const figures = suiteFigures('static-gates')
afterAll(() => figures.write())

describe('Electronegativity gate (scripts/electronegativity.mjs)', () => {
  it('fails on a copy of the app whose window turns Node integration on and context isolation off', () => {
    const copy = mkdtempSync(join(tmpdir(), 'patkeeper-eng-bad-'))
    try {
      for (const target of ['electron', 'renderer', 'shared', 'package.json']) cpSync(join(ROOT, target), join(copy, target), { recursive: true })
      const file = join(copy, 'electron/window/main-window.ts')
      const bad = readFileSync(file, 'utf8').replace('contextIsolation: true', 'contextIsolation: false').replace('nodeIntegration: false', 'nodeIntegration: true').replace('sandbox: true', 'sandbox: false')
      writeFileSync(file, bad)
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/electronegativity.mjs')], { cwd: copy, encoding: 'utf8', timeout: 60_000 })
      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(/FINDING CONTEXT_ISOLATION_JS_CHECK .*main-window\.ts/)
      // Electronegativity 1.10 does not report `nodeIntegration: true` beside a preload on Electron >= 5;
      // test/security/checklist.test.ts asserts the literal `nodeIntegration: false` instead.
      expect(run.stdout).toMatch(/FINDING SANDBOX_JS_CHECK .*main-window\.ts/)
      expect(run.stdout).toMatch(/[1-9]\d* unresolved findings/)
      figures.passed('electronegativity')
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  }, 90_000)
})

describe('lint layering (eslint.config.js)', () => {
  const eslint = new ESLint({ cwd: ROOT })
  /** Lints `code` as if it lived at `path` and returns the rule ids that fired. */
  const rulesFor = async (path: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) })
    return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal')
  }

  it.each([
    ['renderer/views/leak/leak-view.tsx', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n"],
    ['renderer/lib/leak.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n"],
    ['renderer/lib/leak2.ts', "import * as fs from 'fs'\nexport const x = fs\n"],
    ['renderer/lib/leak3.ts', "import keytar from 'keytar'\nexport const x = keytar\n"],
    ['shared/domain/leak.ts', "import { app } from 'electron'\nexport const x = app\n"],
    ['shared/hosts/leak.ts', "import { spawn } from 'node:child_process'\nexport const x = spawn\n"],
    ['shared/ipc/leak.ts', "import { getPassword } from 'keytar'\nexport const x = getPassword\n"],
    ['electron/vault/leak.ts', "import { getPassword } from 'keytar'\nexport const x = getPassword\n"],
    ['electron/git/leak.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain\n"],
  ])('refuses %s importing what its layer must not', async (path, code) => {
    expect(await rulesFor(path, code)).toContain('no-restricted-imports')
    figures.passed('lint-layering')
  })

  it.each([
    ['renderer/views/leak/globals.tsx', 'export const x = process.env.HOME\n'],
    ['shared/domain/globals.ts', 'export const x = Buffer.from("a")\n'],
  ])('refuses Node globals in %s', async (path, code) => {
    expect(await rulesFor(path, code)).toContain('no-restricted-globals')
    figures.passed('lint-layering')
  })

  it('refuses window.api outside renderer/lib/ipc.ts', async () => {
    expect(await rulesFor('renderer/views/leak/api.tsx', 'export const x = window.api\n')).toContain('no-restricted-properties')
    figures.passed('lint-layering')
  })

  it('allows the same imports where the layering permits them (the rules are not blanket bans)', async () => {
    expect(await rulesFor('electron/secrets/keytar-store.ts', "import { getPassword } from 'keytar'\nexport const x = getPassword\n")).not.toContain('no-restricted-imports')
    expect(await rulesFor('electron/ipc/leak.ts', "import { ipcMain } from 'electron'\nexport const x = ipcMain\n")).not.toContain('no-restricted-imports')
    expect(await rulesFor('electron/vault/fs.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n")).not.toContain('no-restricted-imports')
  })
})

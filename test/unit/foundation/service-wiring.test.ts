import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const APP = resolve(import.meta.dirname, '../../../electron/app')
const importsOf = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^import [^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!)
const toFile = (from: string, spec: string) => {
  const base = resolve(dirname(from), spec)
  return base.endsWith('.ts') ? base : `${base}${spec.endsWith('validation') ? '/index' : ''}.ts`
}

describe('service wiring', () => {
  it('imports run one way: no module the wiring imports imports the wiring back', () => {
    const wiring = join(APP, 'services.ts')
    const wired = importsOf(wiring).filter((s) => s.startsWith('.')).map((s) => toFile(wiring, s))
    expect(wired.length).toBeGreaterThanOrEqual(10)
    const back = wired.filter((file) => importsOf(file).some((s) => toFile(file, s) === wiring))
    expect(back).toEqual([])
    // The shared dependency types have their own file, which imports no service.
    expect(importsOf(join(APP, 'service-deps.ts')).every((s) => !/vault|import|expiry|renewal|git-service|clipboard/.test(s))).toBe(true)
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/contract'

const PRELOAD = new URL('../../../dist-electron/preload.cjs', import.meta.url)

describe('built preload', () => {
  it('allows exactly the contract channels and carries no schema library', () => {
    expect(existsSync(PRELOAD), 'run `npm run build` first').toBe(true)
    const source = readFileSync(PRELOAD, 'utf8')
    const lists = [...source.matchAll(/Object\.freeze\((\[[^\]]*\])\)/g)].map((m) => JSON.parse(m[1]!) as string[])
    expect(lists).toEqual([[...INVOKE_CHANNELS], [...EVENT_CHANNELS]])
    expect(source).not.toMatch(/zod|ZodError/)
    expect(source).toContain("exposeInMainWorld")
    expect(source.length).toBeLessThan(8_000)
  })
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const config = require('../../../build/electron-builder.config.cjs') as {
  appId: string
  asarUnpack: string[]
  electronFuses: Record<string, boolean>
  linux: { target: string[] }
  mac: { target: string[] }
  win: { target: string[] }
}

/** Fuse names the installed electron-builder knows (read from its type declarations). */
const knownFuses = (): string[] => {
  const dts = readFileSync(require.resolve('app-builder-lib/out/configuration.d.ts'), 'utf8')
  const body = dts.slice(dts.indexOf('export interface FuseOptionsV1'))
  const block = body.slice(0, body.indexOf('\n}'))
  return [...block.matchAll(/^\s+(\w+)\?: boolean;/gm)].map((m) => m[1]!).filter((name) => name !== 'resetAdHocDarwinSignature')
}

describe('electron-builder config', () => {
  it('sets every fuse explicitly, each to its locked-down value', () => {
    const fuses = knownFuses()
    expect(fuses.length).toBeGreaterThanOrEqual(7)
    expect(Object.keys(config.electronFuses).sort()).toEqual([...fuses].sort())
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    })
  })

  it('builds AppImage + deb, dmg and nsis with keytar unpacked from the asar', () => {
    expect(config.appId).toBe('dev.patkeeper.app')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.asarUnpack).toContain('**/*.node')
  })
})

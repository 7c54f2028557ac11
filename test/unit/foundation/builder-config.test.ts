import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { APP_ID } from '../../../electron/platform/app-id'

const require = createRequire(import.meta.url)
const config = require('../../../build/electron-builder.config.cjs') as {
  appId: string
  asarUnpack: string[]
  electronFuses: Record<string, boolean>
  linux: { target: string[] }
  deb: { depends: string[] }
  mac: { target: string[]; notarize?: boolean }
  win: { target: string[] }
}

/** Fuse names the installed electron-builder knows (read from its type declarations). */
const knownFuses = (): string[] => {
  const dts = readFileSync(require.resolve('app-builder-lib/out/configuration.d.ts'), 'utf8')
  const body = dts.slice(dts.indexOf('export interface FuseOptionsV1'))
  const block = body.slice(0, body.indexOf('\n}'))
  return [...block.matchAll(/^\s+(\w+)\?: boolean;/gm)].map((m) => m[1]!).filter((name) => name !== 'resetAdHocDarwinSignature')
}

/** The deb dependencies electron-builder uses when `depends` is not set (its own FpmTarget, not a copy). */
const defaultDebDepends = (): string[] => {
  const fpm = require('app-builder-lib/out/targets/FpmTarget') as { default: { prototype: { getDefaultDepends(target: string): string[] } } }
  return fpm.default.prototype.getDefaultDepends('deb')
}

describe('electron-builder config', () => {
  it('sets every fuse explicitly, each to its locked-down value', () => {
    const fuses = knownFuses()
    expect(fuses.length).toBeGreaterThanOrEqual(7)
    expect(Object.keys(config.electronFuses).filter((f) => f !== 'resetAdHocDarwinSignature').sort()).toEqual([...fuses].sort())
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

  it('keeps every default deb dependency of the installed electron-builder and adds a keyring', () => {
    const defaults = defaultDebDepends()
    expect(defaults).toContain('libnss3')
    expect(config.deb.depends.slice(0, defaults.length)).toEqual(defaults)
    expect(config.deb.depends).toContain('libsecret-1-0')
    expect(config.deb.depends.some((d) => d.split(' | ').includes('gnome-keyring'))).toBe(true)
  })

  it('re-signs ad hoc after flipping fuses (arm64 macOS without a Developer ID) and leaves notarization on', () => {
    const dts = readFileSync(require.resolve('app-builder-lib/out/configuration.d.ts'), 'utf8')
    expect(dts).toMatch(/resetAdHocDarwinSignature\?: boolean;/)
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true)
    // macOptions.d.ts: `notarize: false` disables it; unset, it runs when the APPLE_* variables are set.
    expect(readFileSync(require.resolve('app-builder-lib/out/options/macOptions.d.ts'), 'utf8')).toMatch(/readonly notarize\?: boolean;/)
    expect(config.mac.notarize).not.toBe(false)
  })

  it('builds AppImage + deb, dmg and nsis with keytar unpacked from the asar', () => {
    expect(config.appId).toBe(APP_ID) // also the Windows AppUserModelId main sets
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.asarUnpack).toContain('**/*.node')
  })
})

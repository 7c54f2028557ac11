import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPatKeeperHelper } from '../../../electron/git/helper-command'
import { ensureInstalledExecutable, findShippedExecutable, installedExecutablePath, installExecutable, MISSING_EXECUTABLE } from '../../../electron/git/helper-install'
import { repairedHelper } from '../../../electron/git/helper-repair'
import { tempDir } from '../../helpers/test-deps'

const search = (over: Partial<Parameters<typeof findShippedExecutable>[0]>) => ({ execPath: '/usr/bin/node', compiled: false, cwd: tempDir(), platform: 'linux' as const, ...over })

describe('the stable installed copy', () => {
  it('is <data dir>/bin/patkeeper (patkeeper.exe on Windows)', () => {
    expect(installedExecutablePath('/home/me/.config/PAT Keeper', 'linux')).toBe('/home/me/.config/PAT Keeper/bin/patkeeper')
    expect(installedExecutablePath('/data', 'win32')).toMatch(/[\\/]bin[\\/]patkeeper\.exe$/)
  })

  it('is copied on first run, kept while the shipped file is unchanged, and replaced after an update', () => {
    const dir = tempDir()
    const shipped = join(dir, 'shipped')
    const target = join(dir, 'data', 'bin', 'patkeeper')
    writeFileSync(shipped, 'build 1')
    expect(installExecutable(shipped, target)).toEqual({ path: target, updated: true })
    expect(statSync(target).mode & 0o777).toBe(0o755)
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700)
    expect(installExecutable(shipped, target).updated).toBe(false)
    writeFileSync(shipped, 'build 2')
    utimesSync(shipped, new Date(), new Date(Date.now() + 5000))
    expect(installExecutable(shipped, target).updated).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('build 2')
  })

  it('comes from this executable when compiled, else resources/bin (packaged), else dist-bin of the checkout', () => {
    expect(findShippedExecutable(search({ compiled: true, execPath: '/opt/x/patkeeper' }))).toBe('/opt/x/patkeeper')
    const resources = tempDir()
    mkdirSync(join(resources, 'bin'))
    writeFileSync(join(resources, 'bin', 'patkeeper'), '')
    const checkout = tempDir()
    mkdirSync(join(checkout, 'dist-bin'))
    writeFileSync(join(checkout, 'dist-bin', 'patkeeper'), '')
    expect(findShippedExecutable(search({ resourcesPath: resources, bundleDir: join(checkout, 'dist-electron') }))).toBe(join(resources, 'bin', 'patkeeper'))
    expect(findShippedExecutable(search({ bundleDir: join(checkout, 'dist-electron') }))).toBe(join(checkout, 'dist-bin', 'patkeeper'))
    expect(findShippedExecutable(search({}))).toBeUndefined()
  })

  it('says how to get it when there is neither a shipped nor an installed copy', () => {
    expect(() => ensureInstalledExecutable(tempDir(), search({}))).toThrow(MISSING_EXECUTABLE)
  })
})

describe('recognising and repairing PAT Keeper helper lines', () => {
  const exe = "/home/me/.config/PAT Keeper/bin/patkeeper"
  it('recognises every form PAT Keeper wrote, and nothing else', () => {
    expect(isPatKeeperHelper(`!'${exe}' credential`)).toBe(true)
    expect(isPatKeeperHelper(`!PATKEEPER_HOME='/x' '/usr/bin/node' '/src/dist-cli/git-credential-patkeeper.cjs'`)).toBe(true)
    expect(isPatKeeperHelper(`!ELECTRON_RUN_AS_NODE='1' '/tmp/.mount_PATKee1/pat-keeper' '/tmp/.mount_PATKee1/resources/app.asar/dist-cli/git-credential-patkeeper.cjs'`)).toBe(true)
    for (const other of ['store', 'osxkeychain', '!gh auth git-credential', '', 'manager']) expect(isPatKeeperHelper(other)).toBe(false)
  })
  it('keeps the profile variables, drops ELECTRON_RUN_AS_NODE, and names the installed executable', () => {
    const old = `!ELECTRON_RUN_AS_NODE='1' PATKEEPER_HOME='/home/me/it'\\''s' '/opt/PAT Keeper/pat-keeper' '/opt/PAT Keeper/resources/app.asar/dist-cli/git-credential-patkeeper.cjs'`
    expect(repairedHelper(old, exe)).toBe(`!PATKEEPER_HOME='/home/me/it'\\''s' '/home/me/.config/PAT Keeper/bin/patkeeper' credential`)
    expect(repairedHelper(`!'${exe}' credential`, exe)).toBe(`!'${exe}' credential`)
  })
})

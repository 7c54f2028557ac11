import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { build, Platform } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { ensureInstalledExecutable, installedExecutablePath, installedHelperLocation } from '../../../electron/git/helper-install'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { createKeytarStore } from '../../../electron/secrets/keytar-store'
import { createTestDeps, tempDir } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { tokenRecord } from '../../rigs/git/helper-fixture'

const ROOT = resolve(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)
const config = require('../../../build/electron-builder.config.cjs')
const SECRET = 'ghp_packaged00000000000000000000000000000'

/**
 * A stand-in Electron distribution for Linux (the real one cannot be downloaded here): the `electron`
 * binary electron-builder renames to the app's executable, carrying Electron's fuse wire. The wire follows
 * Electron's build/fuses/fuses.json5 (electron/electron @ 96f3996): the sentinel
 * `dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX`, version 1, length 9, then the default states run_as_node 1,
 * cookie_encryption 0, node_options 1, node_cli_inspect 1, embedded_asar_integrity_validation 0,
 * only_load_app_from_asar 0, load_browser_process_specific_v8_snapshot 0,
 * grant_file_protocol_extra_privileges 1, wasm_trap_handlers 1 ('0'/'1' as ASCII, per @electron/fuses).
 */
const standInElectronDist = (): string => {
  const dir = tempDir('patkeeper-electron-dist-')
  const binary = join(dir, 'electron')
  writeFileSync(binary, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n# '), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.from('101100011\n')]))
  chmodSync(binary, 0o755)
  return dir
}

// `npm run dist`'s packaging step for real (electron-builder's own `--dir` target with the project's
// config), against the stand-in distribution; then git uses the helper found in that layout.
describe('the packaged layout (electron-builder --dir)', () => {
  let appOutDir: string
  let server: GitServer
  const deps = createTestDeps()
  const secrets = createKeytarStore(deps.keychainService)
  const record = tokenRecord({ label: 'packaged', url: 'http://127.0.0.1', username: 'dev' })

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist-bin', 'patkeeper')) || !existsSync(join(ROOT, 'dist-electron', 'main.cjs')))
      throw new Error('Run "npm run build" first: this test packages dist/, dist-electron/ and dist-bin/patkeeper.')
    const output = tempDir('patkeeper-release-')
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      // Only what this machine lacks changes: the Electron binary (stand-in), and no native rebuild (it
      // would download Electron's headers; keytar is N-API, one build serves both).
      config: { ...config, electronDist: standInElectronDist(), electronVersion: '45.4.1', npmRebuild: false, directories: { ...config.directories, output } },
    })
    appOutDir = join(output, 'linux-unpacked')
    server = await startGitServer({ accounts: [{ pathPrefix: '/', username: 'dev', password: SECRET }] })
    record.url = server.url
    await createMetadataStore(deps.dataDir).update((doc) => void doc.tokens.push(record))
    await secrets.set(record.id, SECRET)
  }, 240_000)
  afterAll(async () => {
    await server?.close()
    await secrets.delete(record.id)
  })

  it('ships patkeeper as a real executable file outside app.asar, and keytar unpacked for the app', () => {
    const shipped = join(appOutDir, 'resources', 'bin', 'patkeeper')
    expect(statSync(shipped).size).toBe(statSync(join(ROOT, 'dist-bin', 'patkeeper')).size)
    expect(statSync(shipped).mode & 0o111).not.toBe(0)
    const inAsar = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false })
    expect(inAsar.filter((p) => /(^|[\\/])dist-bin([\\/]|$)|[\\/]patkeeper$/.test(p))).toEqual([])
    expect(existsSync(join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'keytar', 'build', 'Release', 'keytar.node'))).toBe(true)
  })

  it('flips the fuses as the config says, RunAsNode off', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'pat-keeper'))
    const on = (v: boolean) => (v ? 49 : 48) // '1' / '0' in the wire
    const f = config.electronFuses
    expect(wire[FuseV1Options.RunAsNode]).toBe(on(false))
    expect(f.runAsNode).toBe(false)
    expect({
      cookie: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      integrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      snapshot: wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
      fileProtocol: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      cookie: on(f.enableCookieEncryption),
      nodeOptions: on(f.enableNodeOptionsEnvironmentVariable),
      inspect: on(f.enableNodeCliInspectArguments),
      integrity: on(f.enableEmbeddedAsarIntegrityValidation),
      onlyAsar: on(f.onlyLoadAppFromAsar),
      snapshot: on(f.loadBrowserProcessSpecificV8Snapshot),
      fileProtocol: on(f.grantFileProtocolExtraPrivileges),
    })
  })

  it('lets git clone through the helper the app installs from that layout', async () => {
    const world = createGitWorld()
    // What the packaged main process sees: Electron's process.resourcesPath, and no dist-bin anywhere near.
    const search = { execPath: join(appOutDir, 'pat-keeper'), compiled: false, resourcesPath: join(appOutDir, 'resources'), cwd: tempDir(), platform: process.platform }
    const env = { ...world.env, PATKEEPER_HOME: deps.dataDir, PATKEEPER_KEYCHAIN_SERVICE: deps.keychainService }
    const git = new GitService({ metadata: createMetadataStore(deps.dataDir), git: createGitRunner(world.env), env, clock: () => new Date(), helper: () => installedHelperLocation(deps.dataDir, env), installHelper: () => void ensureInstalledExecutable(deps.dataDir, search), emit: () => undefined })
    const { preview } = await git.apply({ token: 'packaged', scope: 'global' })
    expect(preview.helper).toContain(`'${installedExecutablePath(deps.dataDir)}' credential`)
    const url = await server.createRepo('dev/app.git')
    const cloned = await world.git(['clone', url, world.path('app')])
    expect(cloned.code, cloned.stderr).toBe(0)
    expect(server.requests.filter((r) => r.status === 200).every((r) => r.username === 'dev')).toBe(true)
  })

  it('has the deb/rpm scripts link /usr/bin/patkeeper to where the layout puts the executable', () => {
    for (const [key, template] of [['afterInstall', 'after-install.tpl'], ['afterRemove', 'after-remove.tpl']] as const) {
      const own = readFileSync(join(ROOT, 'node_modules', 'app-builder-lib', 'templates', 'linux', template), 'utf8')
      for (const target of [config.deb, config.rpm]) expect(readFileSync(target[key], 'utf8').startsWith(own)).toBe(true)
    }
    // deb/rpm install the unpacked app at /opt/${sanitizedProductName} (the templates' own /usr/bin link says so).
    const script = readFileSync(config.deb.afterInstall, 'utf8').replaceAll('${sanitizedProductName}', 'PAT Keeper')
    const linked = /^ln -sf '\/opt\/PAT Keeper\/([^']+)' '\/usr\/bin\/patkeeper'$/m.exec(script)?.[1]
    expect(linked).toBe('resources/bin/patkeeper')
    expect(statSync(join(appOutDir, linked!)).mode & 0o111).not.toBe(0)
    expect(readFileSync(config.deb.afterRemove, 'utf8')).toContain("rm -f '/usr/bin/patkeeper'")
  })
})

import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/app/services'
import { createTestDeps, tempDir } from '../helpers/test-deps'
import { faultRows } from './support/fault-figures'
import { expectNothingLost, holdings } from './support/nothing-lost'
import { mountSmallDisk, type SmallDisk } from './support/tmpfs'
import { refusal } from '../helpers/outcomes'

// Fault rows "the metadata file or its disk is damaged" (docs/faults.md). Each row stores real tokens
// (real keychain, real files), damages the file or the disk, asserts the message the user gets, then
// re-reads keychain and metadata as a restarted app would.
const row = faultRows('faults-metadata')
const secret = () => `glpat-${randomBytes(12).toString('hex')}`
const disks: SmallDisk[] = []
afterAll(() => disks.forEach((d) => d.unmount()))


/** Real services over `dataDir` with two stored tokens. */
const withTokens = async (dataDir = tempDir()): Promise<{ services: Services; deps: ReturnType<typeof createTestDeps>; secrets: string[] }> => {
  const deps = createTestDeps({ dataDir, env: { PATKEEPER_HOME: dataDir } })
  const services = createServices(deps)
  const secrets = [secret(), secret()]
  await services.vault.add({ host: 'gitlab', label: 'first', secret: secrets[0]! })
  await services.vault.add({ host: 'gitlab', label: 'second', secret: secrets[1]! })
  return { services, deps, secrets }
}

describe('fault table: the metadata file or its disk', () => {
  it('corrupt file, no usable backup -> metadata-corrupt, the file kept as it was and a copy set aside; keychain intact', () =>
    row(async () => {
      const { services, deps } = await withTokens()
      const before = await holdings(deps.dataDir, deps.keychainService)
      writeFileSync(join(deps.dataDir, 'metadata.json.bak'), 'also garbage')
      writeFileSync(services.metadata.path, '{"schemaVersion": 1, "tokens": [ {oops')
      const error = await refusal(() => services.vault.list())
      expect(error.code).toBe('metadata-corrupt')
      expect(error.message).toMatch(/data file .*metadata\.json cannot be used \(not valid JSON.*\)\. A copy was kept as .*metadata\.corrupt-[0-9a-f]+\.json and nothing was changed/)
      // Writing is refused too: the damaged file is never replaced by a fresh, empty one.
      expect((await refusal(() => services.vault.add({ host: 'gitlab', label: 'third', secret: secret() }))).code).toBe('metadata-corrupt')
      expect(readFileSync(services.metadata.path, 'utf8')).toBe('{"schemaVersion": 1, "tokens": [ {oops')
      expect(readdirSync(deps.dataDir).some((f) => /^metadata\.corrupt-[0-9a-f]+\.json$/.test(f))).toBe(true)
      // Nothing lost: put the last good text back (what the message tells the user to do) and every token is there.
      writeFileSync(services.metadata.path, before.metadataText)
      await expectNothingLost(before, { exact: true })
    }))

  it('truncated file (power cut) -> metadata-corrupt saying the last good copy was restored; tokens back', () =>
    row(async () => {
      const { services, deps } = await withTokens()
      await services.vault.update((await services.vault.find('first')).id, { label: 'first renamed' }) // leaves a .bak holding both tokens
      const before = await holdings(deps.dataDir, deps.keychainService)
      const text = readFileSync(services.metadata.path, 'utf8')
      writeFileSync(services.metadata.path, text.slice(0, Math.floor(text.length / 2)))
      const error = await refusal(() => services.vault.list())
      expect(error.code).toBe('metadata-corrupt')
      expect(error.message).toMatch(/data file was damaged \(not valid JSON.*\)\. The last good copy was restored; the most recent change may be missing\. The damaged file was kept as .*Try again\./)
      const labels = (await services.vault.list()).map((t) => t.label).sort()
      expect(labels).toEqual(['first', 'second']) // the backup predates the rename: "the most recent change may be missing"
      const restored = await holdings(deps.dataDir, deps.keychainService)
      expect(restored.secrets).toEqual(before.secrets)
      expect(Object.values(restored.secrets)).not.toContain('<missing>')
    }))

  const disk = mountSmallDisk('128k')
  if (disk) disks.push(disk)

  it.skipIf(!disk)('read-only data folder -> storage-failed saying to fix permissions; nothing lost', () =>
    row(async () => {
      const dataDir = join(disk!.path, 'ro')
      const { services, deps } = await withTokens(dataDir)
      const before = await holdings(deps.dataDir, deps.keychainService)
      disk!.readOnly(true)
      try {
        const error = await refusal(() => services.vault.add({ host: 'gitlab', label: 'third', secret: secret() }))
        expect(error.code).toBe('storage-failed')
        expect(error.message).toMatch(/could not (write in|save) .*\(EROFS.*Nothing was changed|unchanged/)
        expect(error.message).toMatch(/fix the folder's permissions and try again/)
      } finally {
        disk!.readOnly(false)
      }
      await expectNothingLost(before, { exact: true })
      expect((await services.secrets.ids()).sort()).toEqual(Object.keys(before.secrets).sort()) // no orphan keychain item
    }))

  it.skipIf(!disk)('disk full -> storage-failed saying to free disk space; previous file unchanged, no orphan keychain item', () =>
    row(async () => {
      const dataDir = join(disk!.path, 'full')
      const { services, deps } = await withTokens(dataDir)
      const before = await holdings(deps.dataDir, deps.keychainService)
      // Fill the disk to the last byte.
      const filler = join(disk!.path, 'filler')
      try {
        for (let i = 0; ; i++) writeFileSync(`${filler}-${i}`, Buffer.alloc(4096, 1))
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
      }
      const third = secret()
      const error = await refusal(() => services.vault.add({ host: 'gitlab', label: 'third', secret: third }))
      expect(error.code).toBe('storage-failed')
      expect(error.message).toMatch(/\(ENOSPC/)
      expect(error.message).toMatch(/free disk space .*and try again/)
      expect(error.message).not.toContain(third)
      await expectNothingLost(before, { exact: true })
      const items = await services.secrets.ids()
      expect(items.sort()).toEqual(Object.keys(before.secrets).sort()) // the refused token's item was taken back out
      expect(existsSync(services.metadata.path)).toBe(true)
    }))
})

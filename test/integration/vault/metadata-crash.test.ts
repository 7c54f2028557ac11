import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { tempDir } from '../../helpers/test-deps'

let writer = ''
beforeAll(async () => {
  writer = join(tempDir('patkeeper-writer-'), 'writer.cjs')
  await build({ entryPoints: [resolve(import.meta.dirname, 'writer-script.ts')], outfile: writer, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' })
})

/**
 * Starts a writer; resolves with the ids it acknowledged once it exits. With `killAfterMs`, it is killed
 * (SIGKILL) that long after its first acknowledged write, i.e. somewhere in the middle of its writes
 * whatever the machine's load (process start-up time does not count).
 */
const runWriter = (dataDir: string, name: string, count: number, killAfterMs?: number) =>
  new Promise<string[]>((done) => {
    const child = spawn(process.execPath, [writer, dataDir, name, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    let armed = false
    child.stdout.on('data', (d) => {
      out += String(d)
      if (killAfterMs !== undefined && !armed) {
        armed = true
        setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.on('close', () => done(out.split('\n').filter((l) => l.startsWith('ack ')).map((l) => l.slice(4))))
  })

const idsOnDisk = (dataDir: string): string[] => {
  if (!existsSync(join(dataDir, 'metadata.json'))) return [] // killed before its first save
  const doc = JSON.parse(readFileSync(join(dataDir, 'metadata.json'), 'utf8')) as { tokens: { id: string }[] }
  return doc.tokens.map((t) => t.id)
}

describe('metadata file under crashes and concurrent writers', () => {
  it('killing a writer at random points never leaves a broken file or loses an acknowledged update', async () => {
    const dir = tempDir('patkeeper-crash-')
    const acked: string[] = []
    for (let round = 0; round < 12; round++) {
      acked.push(...(await runWriter(dir, `r${round}`, 400, Math.floor(Math.random() * 150))))
      const onDisk = new Set(idsOnDisk(dir)) // parses, or the test fails here
      for (const id of acked) expect(onDisk.has(id), `acknowledged ${id} lost after round ${round}`).toBe(true)
    }
    expect(acked.length).toBeGreaterThanOrEqual(12) // every writer got at least one write done before its kill
  }, 60_000)

  it('two processes writing at once lose nothing', async () => {
    const dir = tempDir('patkeeper-concurrent-')
    const [a, b] = await Promise.all([runWriter(dir, 'a', 100), runWriter(dir, 'b', 100)])
    expect(a).toHaveLength(100)
    expect(b).toHaveLength(100)
    expect(new Set(idsOnDisk(dir)).size).toBe(200)
  }, 60_000)

  it('a corrupt file is set aside and reported, the last good copy restored, never replaced by an empty list', async () => {
    const dir = tempDir('patkeeper-corrupt-')
    const store = createMetadataStore(dir)
    await store.update((doc) => void (doc.settings.clipboardClearSeconds = 45))
    await store.update((doc) => void (doc.settings.clipboardClearSeconds = 50))
    writeFileSync(join(dir, 'metadata.json'), '{"schemaVersion":1,"tokens":[{"id":"x"') // torn write from elsewhere
    await expect(store.read()).rejects.toMatchObject({ code: 'metadata-corrupt', message: expect.stringContaining('last good copy was restored') })
    expect((await store.read()).settings.clipboardClearSeconds).toBe(45)
    const aside = readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('metadata.corrupt-'))!), 'utf8')
    expect(aside).toContain('"id":"x"')
  })

  it('without a good backup the damaged file stays put and every write is refused', async () => {
    const dir = tempDir('patkeeper-corrupt2-')
    writeFileSync(join(dir, 'metadata.json'), 'not json at all')
    const store = createMetadataStore(dir)
    await expect(store.read()).rejects.toMatchObject({ code: 'metadata-corrupt', message: expect.stringContaining('nothing was changed') })
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'metadata-corrupt' })
    expect(readFileSync(join(dir, 'metadata.json'), 'utf8')).toBe('not json at all')
  })

  it('reads a schema-0 file (pre-release layout) and refuses one from a newer version', async () => {
    const dir = tempDir('patkeeper-migrate-')
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ tokens: [{ id: 'old-1', label: 'old', host: 'github', url: 'https://github.com' }] }))
    const doc = await createMetadataStore(dir).read()
    expect(doc.schemaVersion).toBe(1)
    expect(doc.tokens[0]).toMatchObject({ id: 'old-1', scopes: [], usedIn: [], rotations: [], alerts: { sent: [] }, expiresAt: null })
    expect(doc.settings.clipboardClearSeconds).toBe(30)
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ schemaVersion: 99, tokens: [] }))
    await expect(createMetadataStore(dir).update(() => undefined)).rejects.toMatchObject({ code: 'metadata-corrupt', message: expect.stringContaining('newer PAT Keeper') })
  })
})

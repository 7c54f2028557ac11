import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TokenRecord } from '../../../shared/domain/token'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { githubPlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const secret = (n: number) => `ghp_${String(n).repeat(36)}`

describe('Check all stores results in batches without losing one (real keychain and metadata file)', () => {
  let gh: FakeHost
  let dead: FakeHost
  beforeAll(async () => {
    gh = await startFakeHost(githubPlay(Object.fromEntries([1, 2, 3].map((n) => [secret(n), { login: `user${n}`, scopes: ['repo'], expires: '2027-06-01 00:00:00 UTC' }]))))
    dead = await startFakeHost(githubPlay({}))
    dead.fail('hang')
  })
  afterAll(async () => {
    await gh.close()
    await dead.close()
  })

  it('a quit while one check is still out keeps every result already reported; the rest is stored at the end', async () => {
    const { services, deps } = servicesFor({ github: gh.url }, { timeoutMs: 3000 })
    const events: Array<[string, { ids: string[] }]> = []
    services.deps.emit = (name, payload) => void events.push([name, payload as { ids: string[] }])
    const fast: TokenRecord[] = []
    for (const n of [1, 2, 3]) fast.push(await services.vault.add({ host: 'github', label: `fast ${n}`, secret: secret(n), purpose: 'write' }))
    const slow = await services.vault.add({ host: 'github-enterprise', label: 'slow', url: dead.url, secret: secret(4) })
    const reported: string[] = []
    let allFastReported!: () => void
    const fastDone = new Promise<void>((resolve) => (allFastReported = resolve))
    const run = services.checker.checkAll(undefined, {
      onResult: (id) => {
        reported.push(id)
        if (fast.every((r) => reported.includes(r.id))) allFastReported()
      },
    })
    await fastDone
    await services.checker.flush() // what the app does before it quits
    // Read back as the next start would: the file on disk, not this process's memory.
    const onDisk = new Map((await createMetadataStore(deps.dataDir).read()).tokens.map((t) => [t.id, t]))
    for (const r of fast) expect(onDisk.get(r.id)?.lastCheck).toMatchObject({ status: 'valid' })
    expect(onDisk.get(fast[0]!.id)?.username).toBe('user1')
    expect(onDisk.get(slow.id)?.lastCheck).toBeUndefined()

    const results = await run
    expect(results[slow.id]!.status).toBe('unreachable')
    const after = await createMetadataStore(deps.dataDir).read()
    expect(after.tokens.find((t) => t.id === slow.id)?.lastCheck?.status).toBe('unreachable')
    // The per-token events still name every checked token, so open rows and the detail screen update.
    const checked = new Set(events.filter(([name]) => name === 'tokens:checked').flatMap(([, p]) => p.ids))
    expect(checked).toEqual(new Set([...fast.map((r) => r.id), slow.id]))
    for (const r of [...fast, slow]) await services.vault.remove(r.id)
  })

  it('a token removed during Check all is skipped when the results are written, and the others are stored', async () => {
    const { services } = servicesFor({ github: gh.url })
    const keep = await services.vault.add({ host: 'github', label: 'keep', secret: secret(1), purpose: 'write' })
    const gone = await services.vault.add({ host: 'github', label: 'gone', secret: secret(2), purpose: 'write' })
    let removing: Promise<void> | undefined
    const results = await services.checker.checkAll(undefined, {
      onResult: (id) => void (id === gone.id && (removing = services.vault.remove(gone.id))),
    })
    await removing
    expect(Object.keys(results).sort()).toEqual([keep.id, gone.id].sort())
    const list = await services.vault.list()
    expect(list.map((t) => t.id)).toEqual([keep.id])
    expect(list[0]!.lastCheck?.status).toBe('valid')
    await services.vault.remove(keep.id)
  })
})

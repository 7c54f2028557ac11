import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../electron/app/services'
import { createTestDeps } from '../../helpers/test-deps'

const SECRET = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'
const SECRET2 = 'github_pat_11ABCDEFG0abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ'

describe('vault against the real Secret Service', () => {
  const made: Services[] = []
  const setup = () => {
    const events: string[][] = []
    const deps = createTestDeps({ emit: (_e, payload) => void events.push((payload as { ids: string[] }).ids) })
    const services = createServices(deps)
    made.push(services)
    return { services, deps, events, vault: services.vault }
  }
  afterEach(async () => {
    for (const s of made.splice(0)) for (const id of await s.secrets.ids().catch(() => [])) await s.secrets.delete(id)
  })

  it('adds a token: secret in the keychain, record in the metadata file without the secret', async () => {
    const { vault, services, deps, events } = setup()
    const record = await vault.add({ host: 'github', label: 'Work laptop', secret: `${SECRET}\n`, username: 'octo', purpose: 'write', usedIn: ['CI runner'] })
    expect(record.url).toBe('https://github.com')
    expect(record.usedIn.map((n) => n.text)).toEqual(['CI runner'])
    expect(await services.secrets.get(record.id)).toBe(SECRET)
    expect(await vault.readSecret('Work laptop')).toBe(SECRET)
    const file = readFileSync(services.metadata.path, 'utf8')
    expect(file).toContain('Work laptop')
    expect(file).not.toContain(SECRET)
    expect(events).toEqual([[record.id]])
    expect((await vault.list()).map((t) => t.label)).toEqual(['Work laptop'])
    expect(deps.logLines.join('\n')).not.toContain(SECRET)
  })

  it('refuses a second label on the same host, but allows it on another host', async () => {
    const { vault } = setup()
    await vault.add({ host: 'github', label: 'main', secret: SECRET })
    await expect(vault.add({ host: 'github', label: 'Main', secret: SECRET2 })).rejects.toMatchObject({ code: 'conflict' })
    await vault.add({ host: 'gitlab', label: 'main', secret: SECRET2 })
    await expect(vault.find('main')).rejects.toMatchObject({ code: 'conflict' })
    await expect(vault.find('nope')).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('patkeeper list') })
    expect(await vault.list()).toHaveLength(2)
  })

  it('checks host facts: custom hosts need an https URL, CodeCommit a region, Azure DevOps an org', async () => {
    const { vault, services } = setup()
    await expect(vault.add({ host: 'gitlab-self-managed', label: 'x', secret: SECRET })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(vault.add({ host: 'gitlab-self-managed', label: 'x', secret: SECRET, url: 'http://git.example.com' })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(vault.add({ host: 'codecommit', label: 'x', secret: SECRET })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(vault.add({ host: 'azure-devops', label: 'x', secret: SECRET })).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(vault.add({ host: 'github', label: 'x', secret: 'two words' })).rejects.toMatchObject({ code: 'invalid-input' })
    const gl = await vault.add({ host: 'gitlab-self-managed', label: 'x', secret: SECRET, url: 'https://git.example.com/gitlab/' })
    expect(gl.url).toBe('https://git.example.com/gitlab')
    const cc = await vault.add({ host: 'codecommit', label: 'aws', secret: SECRET2, region: 'eu-west-1', username: 'AKIAIOSFODNN7EXAMPLE' })
    expect(cc.url).toBe('https://git-codecommit.eu-west-1.amazonaws.com')
    expect(await services.secrets.ids()).toHaveLength(2) // refused adds wrote nothing
  })

  it('updates metadata, keeping id and creation date and label uniqueness', async () => {
    const { vault } = setup()
    const a = await vault.add({ host: 'github', label: 'a', secret: SECRET })
    await vault.add({ host: 'github', label: 'b', secret: SECRET2 })
    const updated = await vault.update(a.id, { label: 'renamed', usedIn: [{ id: 'n1', text: 'Jupyter hub' }] })
    expect(updated).toMatchObject({ id: a.id, createdAt: a.createdAt, label: 'renamed' })
    expect((await vault.find('renamed')).usedIn[0]?.text).toBe('Jupyter hub')
    await expect(vault.update(a.id, { label: 'B' })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('rotates: new secret, same record, notes and bindings kept, history and alerts reset', async () => {
    const { vault } = setup()
    const a = await vault.add({ host: 'github', label: 'rot', secret: SECRET, expiresAt: '2026-12-01' })
    await vault.update(a.id, {
      usedIn: [{ id: 'n1', text: 'CI', updatedAt: '2026-11-01T00:00:00Z' }],
      gitBindings: [{ id: 'g1', scope: 'global', configuredAt: '2026-11-01T00:00:00Z' }],
      alerts: { sent: ['30d'] },
      lastCheck: { status: 'valid', checkedAt: '2026-11-01T00:00:00Z', message: 'ok' },
    })
    const r = await vault.rotate('rot', SECRET2, { expiresAt: '2027-02-01T00:00:00Z', expirySource: 'host' })
    expect(r.id).toBe(a.id)
    expect(await vault.readSecret(a.id)).toBe(SECRET2)
    expect(r.rotations).toEqual([{ at: r.rotatedAt, previousExpiresAt: '2026-12-01' }])
    expect(r).toMatchObject({ expiresAt: '2027-02-01T00:00:00Z', expirySource: 'host', alerts: { sent: [] } })
    expect(r.lastCheck).toBeUndefined()
    expect(r.usedIn).toEqual([{ id: 'n1', text: 'CI' }])
    expect(r.gitBindings).toHaveLength(1)
  })

  it('removes keychain item and record together', async () => {
    const { vault, services } = setup()
    const a = await vault.add({ host: 'github', label: 'gone', secret: SECRET })
    await vault.remove('gone')
    expect(await services.secrets.get(a.id)).toBeNull()
    expect(await vault.list()).toEqual([])
    await expect(vault.readSecret(a.id)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('doctor finds orphan items and records without secrets, and fixes them', async () => {
    const { vault, services } = setup()
    const a = await vault.add({ host: 'github', label: 'kept', secret: SECRET })
    const b = await vault.add({ host: 'github', label: 'lost', secret: SECRET2 })
    await services.secrets.delete(b.id)
    await services.secrets.set('0a1b2c3d-0000-4000-8000-000000000000', 'orphan-secret-value')
    await expect(vault.readSecret('lost')).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('patkeeper rotate') })
    const report = await vault.doctor()
    expect(report.keychain.ok).toBe(true)
    expect(report.ok).toBe(false)
    expect(report.itemsWithoutRecord).toEqual(['0a1b2c3d-0000-4000-8000-000000000000'])
    expect(report.recordsWithoutSecret).toEqual([{ id: b.id, label: 'lost', host: 'github' }])
    expect(JSON.stringify(report)).not.toContain('orphan-secret-value')
    const fixed = await vault.doctorFix()
    expect(fixed).toEqual({ deletedItems: ['0a1b2c3d-0000-4000-8000-000000000000'], removedRecords: [b.id] })
    expect((await vault.doctor()).ok).toBe(true)
    expect((await vault.list()).map((t) => t.id)).toEqual([a.id])
  })
})

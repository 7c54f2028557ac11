import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/ipc/handlers'
import { servicesFor } from '../validation/setup'

const SECRET = 'ghp_' + 'm'.repeat(36)

describe('tokens:get-many (the list reads changed rows in one go; real keychain and metadata file)', () => {
  it('answers the tokens asked for, in stored order, leaves out removed ones, and never carries a secret', async () => {
    const { services } = servicesFor()
    const handlers = createHandlers(services)
    const a = await services.vault.add({ host: 'github', label: 'a', secret: SECRET })
    const b = await services.vault.add({ host: 'github', label: 'b', secret: 'ghp_' + 'n'.repeat(36) })
    const c = await services.vault.add({ host: 'gitlab', label: 'c', secret: 'glpat-' + 'c'.repeat(20) })
    await services.vault.remove(b.id)
    const views = await handlers['tokens:get-many']([c.id, b.id, a.id])
    expect(views.map((v) => [v.label, v.status])).toEqual([['a', 'unchecked'], ['c', 'unchecked']])
    expect(JSON.stringify(views)).not.toContain(SECRET)
    expect(await handlers['tokens:get-many']([])).toEqual([])
    for (const r of [a, c]) await services.vault.remove(r.id)
  })
})

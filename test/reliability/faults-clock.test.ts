import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/app/services'
import { createTestDeps, tempDir } from '../helpers/test-deps'
import { githubPlay, startFakeHost, type FakeHost } from '../rigs/hosts'
import { faultRows } from './support/fault-figures'
import { expectNothingLost, holdings } from './support/nothing-lost'

// Fault rows "the clock is far off" (docs/faults.md): the same data folder and keychain seen by services
// whose clock is decades ahead or behind, then by services with the right time again.
const row = faultRows('faults-clock')
const SECRET = `ghp_${randomBytes(18).toString('hex')}`
const NOW = new Date('2026-11-21T09:00:00Z')
const AHEAD = new Date('2100-01-01T00:00:00Z')
const BEHIND = new Date('1990-06-01T00:00:00Z')

describe('fault table: the clock', () => {
  let host: FakeHost
  let dataDir: string
  let service: string
  let id: string
  const servicesAt = (at: Date): Services => {
    const deps = createTestDeps({ dataDir, clock: () => new Date(at), env: { PATKEEPER_HOME: dataDir }, validationNetwork: { timeoutMs: 1500 } })
    return createServices({ ...deps, keychainService: service })
  }

  beforeAll(async () => {
    host = await startFakeHost(githubPlay({ [SECRET]: { login: 'octo', scopes: ['repo'], expires: '2027-01-10 10:00:00 UTC' } }, { enterprise: true }))
    dataDir = tempDir()
    service = `PAT Keeper Clock ${randomBytes(4).toString('hex')}`
    const services = servicesAt(NOW)
    id = (await services.vault.add({ host: 'github-enterprise', url: host.url, label: 'ghes', secret: SECRET, purpose: 'read' })).id
    await services.checker.checkToken(id)
  })
  afterAll(async () => host?.close())

  it.each([
    ['far ahead (2100)', AHEAD],
    ['far behind (1990)', BEHIND],
  ])('clock %s -> sensible states, checks still work, and nothing is lost or poisoned for the right clock', (_name, at) =>
    row(async () => {
      const before = await holdings(dataDir, service)
      const off = servicesAt(at)
      const overview = await off.expiry.overview()
      const token = overview.tokens.find((t) => t.id === id)!
      if (at === AHEAD) {
        expect(token.state).toBe('expired')
        expect(overview.worst).toBe('expired')
      } else {
        expect(token.daysLeft).toBeGreaterThan(13_000)
        expect(token.ageDays).toBeGreaterThanOrEqual(0)
      }
      const check = await off.checker.checkToken(id)
      expect(check).toMatchObject({ status: 'valid', message: 'GitHub Enterprise accepts this token for octo.' }) // the host, not the clock, decides
      await expectNothingLost(before)
      // Back to the right time: the check stored under the wrong clock proves nothing, so the token asks for a
      // new check (never "fine for decades"); one check at the right time clears it.
      const right = servicesAt(NOW)
      const again = (await right.expiry.overview()).tokens.find((t) => t.id === id)!
      expect(again).toMatchObject({ state: 'stale-check', daysLeft: 51, ageDays: 0 })
      await right.checker.checkToken(id)
      expect((await right.expiry.overview()).tokens.find((t) => t.id === id)).toMatchObject({ state: 'ok', daysLeft: 51 })
    }))
})

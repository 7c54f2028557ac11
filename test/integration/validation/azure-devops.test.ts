import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { azurePlay, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { servicesFor } from './setup'

const PAT = 'a'.repeat(52)
const GLOBAL = 'AZDO' + 'g'.repeat(80)
const pats = {
  [PAT]: { id: '3b1c9d2e-1111-4222-8333-944455556666', displayName: 'Jane Doe', account: 'jane@contoso.com' },
  [GLOBAL]: { id: '3b1c9d2e-1111-4222-8333-944455556667', displayName: 'Jane Doe', account: 'jane@contoso.com', global: true },
}

describe('Azure DevOps validation (Services and Server)', () => {
  let ado: FakeHost
  let tfs: FakeHost
  beforeAll(async () => {
    ado = await startFakeHost(azurePlay(['contoso'], pats, { badPat: 'signin' }))
    tfs = await startFakeHost(azurePlay(['DefaultCollection'], pats, { badPat: '401' }))
  })
  afterAll(async () => {
    await ado.close()
    await tfs.close()
  })

  it('checks connectionData with Basic ":PAT" and keeps the user-entered expiry (the host does not tell)', async () => {
    const result = await servicesFor({ 'azure-devops': ado.url }).services.checker.checkDraft({ host: 'azure-devops', org: 'contoso', secret: PAT })
    expect(result).toMatchObject({ status: 'valid', identity: { login: 'jane@contoso.com', name: 'Jane Doe', email: 'jane@contoso.com' } })
    expect(result.expiresAt).toBeUndefined()
    const seen = ado.requests.at(-1)!
    expect(seen.path).toBe('/contoso/_apis/connectionData')
    expect(Buffer.from(String(seen.headers.authorization).replace('Basic ', ''), 'base64').toString()).toBe(`:${PAT}`)
  })

  it('treats a 203 sign-in page as invalid', async () => {
    const result = await servicesFor({ 'azure-devops': ado.url }).services.checker.checkDraft({ host: 'azure-devops', org: 'contoso', secret: 'b'.repeat(52) })
    expect(result.status).toBe('invalid')
  })

  it('says the organization is wrong on a 404', async () => {
    const result = await servicesFor({ 'azure-devops': ado.url }).services.checker.checkDraft({ host: 'azure-devops', org: 'nope', secret: PAT })
    expect(result.status).toBe('host-error')
    expect(result.message).toMatch(/organization/)
  })

  it('names the global-PAT retirement (2026-12-01) in the 401 message on Services, and that 401 may mean a missing scope', async () => {
    const services401 = await startFakeHost(azurePlay(['contoso'], pats, { badPat: '401' }))
    try {
      const result = await servicesFor({ 'azure-devops': services401.url }).services.checker.checkDraft({ host: 'azure-devops', org: 'contoso', secret: GLOBAL })
      expect(result.status).toBe('invalid')
      // The rig's clock is the real one; on and after 2026-12-01 the sentence is in the past tense.
      const tense = new Date().toISOString().slice(0, 10) >= '2026-12-01' ? 'stopped' : 'stops'
      expect(result.message).toMatch(new RegExp(`"All accessible organizations", it ${tense} working on 2026-12-01.*organization "contoso" only`))
      expect(result.note).toMatch(/401 both for a bad token and for one lacking a scope/)
    } finally {
      await services401.close()
    }
  })

  it('checks Azure DevOps Server on the collection, 401 = invalid', async () => {
    const checker = servicesFor().services.checker
    expect((await checker.checkDraft({ host: 'azure-devops-server', url: tfs.url, collection: 'DefaultCollection', secret: PAT })).status).toBe('valid')
    expect((await checker.checkDraft({ host: 'azure-devops-server', url: `${tfs.url}/DefaultCollection`, secret: 'c'.repeat(52) })).status).toBe('invalid')
  })
})

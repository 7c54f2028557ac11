import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/app/services'
import { createTestDeps } from '../helpers/test-deps'
import { githubPlay, selfSignedCert, startFakeHost, type FailureMode, type FakeHost } from '../rigs/hosts'
import { faultRows } from './support/fault-figures'
import { expectNothingLost, holdings } from './support/nothing-lost'

// Fault rows "host answers badly" (docs/faults.md): a stored GitHub Enterprise token is checked against a
// fake host on 127.0.0.1 switched into each failure; the row asserts the status and sentence the user sees
// and that the record and the keychain item are intact afterwards.
const row = faultRows('faults-host')
const GOOD = `ghp_${randomBytes(18).toString('hex')}`
const SSO = `ghp_${randomBytes(18).toString('hex')}`

describe('fault table: the host answers badly', () => {
  let host: FakeHost
  let tls: FakeHost
  let services: Services
  let deps: ReturnType<typeof createTestDeps>
  let id: string

  beforeAll(async () => {
    host = await startFakeHost(githubPlay({ [GOOD]: { login: 'octo', scopes: ['repo', 'workflow'] }, [SSO]: { login: 'octo', scopes: ['repo'], sso: 'required' } }, { enterprise: true }))
    tls = await startFakeHost(githubPlay({ [GOOD]: { login: 'octo', scopes: ['repo'] } }, { enterprise: true }), { https: true })
    selfSignedCert()
    deps = createTestDeps({ validationNetwork: { timeoutMs: 800, retryBackoffMs: 10, retryAfterCapMs: 50 } })
    services = createServices(deps)
    id = (await services.vault.add({ host: 'github-enterprise', url: host.url, label: 'ghes', secret: GOOD, purpose: 'read' })).id
  })
  afterAll(async () => {
    host.heal()
    await host?.close()
    await tls?.close()
  })

  /** Stores `secret` under the record, switches the host into `mode`, checks, heals. */
  const checkWith = async (mode: FailureMode | undefined) => {
    if (mode) host.fail(mode)
    try {
      return await services.checker.checkToken(id)
    } finally {
      host.heal()
    }
  }

  const rows: [string, string, RegExp, FailureMode | 'wrong-secret'][] = [
    ['401 (bad credentials)', 'invalid', /invalid: it was revoked or mistyped\. Create a new one with the guide/, 'wrong-secret'],
    ['503 (server error)', 'host-error', /had a server error \(HTTP 503\) twice in a row; try again later/, 'server-error'],
    ['429 (rate limited)', 'rate-limited', /rate limit reached; try the check again after a few minutes/, 'rate-limit'],
    ['timeout (host never answers)', 'unreachable', /did not answer within 1 s; check the server address and your network or proxy/, 'hang'],
    ['malformed body', 'host-error', /sent an answer PAT Keeper could not read \(not the expected JSON\); check the server address/, 'malformed-json'],
    ['redirect to a login page', 'invalid', /did not accept the token and sent PAT Keeper to its sign-in page; check the server address/, 'redirect-login'],
  ]
  it.each(rows)('%s -> %s, with a sentence that says what to do; nothing lost', async (_name, status, message, mode) =>
    row(async () => {
      // 401: the stored secret is one the host does not know (as after a revocation).
      if (mode === 'wrong-secret') await services.vault.rotate(id, `ghp_${randomBytes(18).toString('hex')}`)
      const before = await holdings(deps.dataDir, deps.keychainService)
      const result = await checkWith(mode === 'wrong-secret' ? undefined : mode)
      expect(result.status).toBe(status)
      expect(result.message).toMatch(message)
      expect(result.message).not.toContain(GOOD)
      await expectNothingLost(before)
      if (mode === 'wrong-secret') await services.vault.rotate(id, GOOD)
    }),
  )

  it('404 (no API at the server path) -> host-error naming the address; nothing lost', () =>
    row(async () => {
      const record = await services.vault.add({ host: 'github-enterprise', url: `${host.url}/not-here`, label: 'wrong path', secret: GOOD, purpose: 'read' })
      const before = await holdings(deps.dataDir, deps.keychainService)
      const result = await services.checker.checkToken(record.id)
      expect(result.status).toBe('host-error')
      expect(result.message).toMatch(/has no API at this address \(HTTP 404\); check the server address/)
      await expectNothingLost(before)
      await services.vault.remove(record.id)
    }),
  )

  it('403 (organization SSO not granted) -> a sentence that says to authorize the token; nothing lost', () =>
    row(async () => {
      const record = await services.vault.add({ host: 'github-enterprise', url: host.url, label: 'sso', secret: SSO, purpose: 'read', repository: 'acme/app' })
      const before = await holdings(deps.dataDir, deps.keychainService)
      const result = await services.checker.checkToken(record.id)
      expect(result.status).toBe('pending-approval')
      expect(result.message).toMatch(/requires SAML single sign-on: open https:\/\/\S+, then check again/)
      await expectNothingLost(before)
      await services.vault.remove(record.id)
    }),
  )

  it('TLS error (self-signed certificate) -> unreachable, token not sent, nothing lost', () =>
    row(async () => {
      const record = await services.vault.add({ host: 'github-enterprise', url: tls.url, label: 'tls', secret: GOOD, purpose: 'read' })
      const before = await holdings(deps.dataDir, deps.keychainService)
      const seen = tls.requests.length
      const result = await services.checker.checkToken(record.id)
      expect(result.status).toBe('unreachable')
      expect(result.message).toMatch(/certificate of .* is not trusted, so the token was not sent/)
      expect(tls.requests.length).toBe(seen) // the handshake failed: no request, no token on the wire
      await expectNothingLost(before)
      await services.vault.remove(record.id)
    }),
  )

  it('no secret reached the log during the faults', () => {
    expect(deps.logLines.join('\n')).not.toContain(GOOD)
    expect(deps.logLines.join('\n')).not.toContain(SSO)
  })
})

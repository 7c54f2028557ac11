import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/app/services'
import type { NetworkSource } from '../../../electron/validation/network-source'
import { osNetwork } from '../../../electron/validation/os-network'
import { startConnectProxy } from '../../helpers/connect-proxy'
import { createTestDeps } from '../../helpers/test-deps'
import { githubPlay, selfSignedCert, startFakeHost, type FakeHost } from '../../rigs/hosts'

const TOKEN = 'ghp_' + 'o'.repeat(36)
const tokens = { [TOKEN]: { login: 'octocat', scopes: ['repo'] } }

/** Real services whose network source is given (no HTTPS_PROXY in their environment: the OS names the proxy). */
const checkerWith = (network: NetworkSource) => {
  const deps = createTestDeps({ network, validationNetwork: { timeoutMs: 1500, retryBackoffMs: 20 } })
  return createServices(deps).checker
}

describe('token checks go out like the OS: its proxy and its trusted certificates', () => {
  let host: FakeHost
  let proxy: Awaited<ReturnType<typeof startConnectProxy>>
  // What Chromium's session.resolveProxy answers for a system proxy: a PAC result (session.md "resolveProxy").
  const sessionWithProxy = () => ({ resolveProxy: async () => `PROXY ${new URL(proxy.url).host}; DIRECT` })
  beforeAll(async () => {
    host = await startFakeHost(githubPlay(tokens, { enterprise: true }), { https: true })
    proxy = await startConnectProxy()
  })
  afterAll(async () => {
    await host.close()
    await proxy.close()
  })

  it('reaches a TLS host through the CONNECT proxy the OS names, trusting the CA the OS store holds', async () => {
    // The company CA as tls.getCACertificates('system') hands it over: PEM text from the OS store.
    const checker = checkerWith({ ...osNetwork(sessionWithProxy()), trustedCa: () => [selfSignedCert().cert] })
    const result = await checker.checkDraft({ host: 'github-enterprise', url: host.url, secret: TOKEN })
    expect(result.status).toBe('valid')
    expect(proxy.tunnels).toContain(`127.0.0.1:${host.port}`)
  })

  it('goes direct when the OS says DIRECT', async () => {
    const before = proxy.tunnels.length
    const checker = checkerWith({ resolveProxy: async () => 'DIRECT', trustedCa: () => [selfSignedCert().cert] })
    expect((await checker.checkDraft({ host: 'github-enterprise', url: host.url, secret: TOKEN })).status).toBe('valid')
    expect(proxy.tunnels.length).toBe(before)
  })

  it('refuses a certificate the OS does not trust, sends no token, and names fixes that work in the packaged app', async () => {
    const seen = host.requests.length
    const checker = checkerWith({ ...osNetwork(sessionWithProxy()), trustedCa: () => [] })
    const result = await checker.checkDraft({ host: 'github-enterprise', url: host.url, secret: TOKEN })
    expect(result.status).toBe('unreachable')
    expect(host.requests.length).toBe(seen) // the token never left
    expect(result.message).toContain(`ca/127.0.0.1_${host.port}.pem`)
    expect(result.message).toMatch(/system's trusted certificates/)
    // NODE_EXTRA_CA_CERTS is named for the CLI only: the packaged app's nodeOptions fuse drops it.
    expect(result.message).not.toMatch(/(add|set) it with NODE_EXTRA_CA_CERTS/)
    expect(result.message).toMatch(/`patkeeper` command reads NODE_EXTRA_CA_CERTS/)
  })
})

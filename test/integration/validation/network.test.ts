import { mkdirSync, copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bitbucketDcPlay, githubPlay, selfSignedCert, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { startConnectProxy as startProxy } from '../../helpers/connect-proxy'
import { servicesFor } from './setup'

const TOKEN = 'ghp_' + 'q'.repeat(36)
const tokens = { [TOKEN]: { login: 'octocat', scopes: ['repo'] } }

describe('validation network policy', () => {
  let gh: FakeHost
  beforeAll(async () => void (gh = await startFakeHost(githubPlay(tokens))))
  afterAll(() => gh.close())

  it('gives up on a hung host after the timeout and says so', async () => {
    const hung = await startFakeHost(githubPlay(tokens))
    hung.fail('hang')
    try {
      const { services } = servicesFor({ github: hung.url }, { timeoutMs: 400 })
      const started = Date.now()
      const result = await services.checker.checkDraft({ host: 'github', secret: TOKEN })
      expect(Date.now() - started).toBeLessThan(3000)
      expect(result.status).toBe('unreachable')
      expect(result.message).toMatch(/did not answer within 1 s/)
    } finally {
      await hung.close()
    }
  })

  it('a hung host does not delay checks of other hosts', async () => {
    const hung = await startFakeHost(githubPlay(tokens, { enterprise: true }))
    hung.fail('hang')
    try {
      const { services } = servicesFor({ github: gh.url }, { timeoutMs: 1500, perHostConcurrency: 2, overallConcurrency: 4 })
      const dead = Array.from({ length: 8 }, () => services.checker.checkDraft({ host: 'github-enterprise', url: hung.url, secret: TOKEN }))
      const started = Date.now()
      const healthy = await Promise.all(Array.from({ length: 6 }, () => services.checker.checkDraft({ host: 'github', secret: TOKEN })))
      const healthyMs = Date.now() - started
      expect(healthy.every((r) => r.status === 'valid')).toBe(true)
      expect(healthyMs).toBeLessThan(1000) // well under the dead host's timeout
      const deadResults = await Promise.all(dead)
      expect(deadResults.every((r) => r.status === 'unreachable')).toBe(true)
      // Its own 8 checks end after about one timeout, not 8 / 2 slots x timeout: the dead host is remembered.
      expect(Date.now() - started).toBeLessThan(2 * 1500)
    } finally {
      await hung.close()
    }
  })

  it('retries once after a 5xx and succeeds when the host recovers', async () => {
    gh.fail('server-error-once')
    const before = gh.requests.length
    const result = await servicesFor({ github: gh.url }).services.checker.checkDraft({ host: 'github', secret: TOKEN })
    expect(result.status).toBe('valid')
    expect(gh.requests.length - before).toBe(2)
  })

  it('reports a host error after a second 5xx, without retrying more', async () => {
    gh.fail('server-error')
    const before = gh.requests.length
    try {
      const result = await servicesFor({ github: gh.url }).services.checker.checkDraft({ host: 'github', secret: TOKEN })
      expect(result.status).toBe('host-error')
      expect(result.message).toMatch(/HTTP 503/)
      expect(gh.requests.length - before).toBe(2)
    } finally {
      gh.heal()
    }
  })

  it('honours Retry-After on 429 within the cap, and reports rate-limited beyond it', async () => {
    const limited = await startFakeHost(githubPlay(tokens), { retryAfter: 1 })
    try {
      limited.fail('rate-limit')
      const slow = servicesFor({ github: limited.url }, { retryAfterCapMs: 2000 }).services.checker
      const started = Date.now()
      const waited = await slow.checkDraft({ host: 'github', secret: TOKEN })
      expect(Date.now() - started).toBeGreaterThanOrEqual(900) // it waited as asked before the retry
      expect(limited.requests.length).toBe(2)
      expect(waited.status).toBe('rate-limited')
      const impatient = servicesFor({ github: limited.url }, { retryAfterCapMs: 100 }).services.checker
      const result = await impatient.checkDraft({ host: 'github', secret: TOKEN })
      expect(result.status).toBe('rate-limited')
      expect(limited.requests.length).toBe(3) // no retry when Retry-After exceeds the cap
    } finally {
      await limited.close()
    }
  })

  it('treats a redirect to a login page as "token not accepted"', async () => {
    const dc = await startFakeHost(bitbucketDcPlay({}))
    dc.fail('redirect-login')
    try {
      const result = await servicesFor().services.checker.checkDraft({ host: 'bitbucket-data-center', url: dc.url, secret: 'BBDC-' + 'x'.repeat(40) })
      expect(result.status).toBe('invalid')
      expect(result.message).toMatch(/sign-in page/)
    } finally {
      await dc.close()
    }
  })

  it('refuses an untrusted certificate (TLS stays on) and accepts it with a per-host CA file', async () => {
    const tls = await startFakeHost(githubPlay(tokens, { enterprise: true }), { https: true })
    try {
      const { services, deps } = servicesFor()
      const refused = await services.checker.checkDraft({ host: 'github-enterprise', url: tls.url, secret: TOKEN })
      expect(refused.status).toBe('unreachable')
      expect(refused.message).toMatch(/certificate .* not trusted/)
      expect(tls.requests).toHaveLength(0) // the token never left
      mkdirSync(join(deps.dataDir, 'ca'), { recursive: true })
      copyFileSync(selfSignedCert().certFile, join(deps.dataDir, 'ca', `127.0.0.1_${tls.port}.pem`))
      const trusted = await services.checker.checkDraft({ host: 'github-enterprise', url: tls.url, secret: TOKEN })
      expect(trusted.status).toBe('valid')
    } finally {
      await tls.close()
    }
  })

  it('goes through HTTPS_PROXY, and straight to hosts listed in NO_PROXY', async () => {
    const proxy = await startProxy()
    try {
      const via = servicesFor({ github: gh.url }, {}, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url }).services.checker
      expect((await via.checkDraft({ host: 'github', secret: TOKEN })).status).toBe('valid')
      expect(proxy.tunnels).toContain(`127.0.0.1:${gh.port}`)
      const count = proxy.tunnels.length
      const direct = servicesFor({ github: gh.url }, {}, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }).services.checker
      expect((await direct.checkDraft({ host: 'github', secret: TOKEN })).status).toBe('valid')
      expect(proxy.tunnels.length).toBe(count)
    } finally {
      await proxy.close()
    }
  })

  it('refuses plain http for a non-loopback custom host', async () => {
    const { services } = servicesFor()
    await expect(services.checker.checkDraft({ host: 'gitlab-self-managed', url: 'http://gitlab.example.com', secret: 'glpat-' + 'x'.repeat(20) })).rejects.toThrow(/https:\/\//)
  })
})

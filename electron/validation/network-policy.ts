import { readFileSync } from 'node:fs'
import { rootCertificates } from 'node:tls'
import type { Dispatcher } from 'undici'

/** Network settings for validation requests. */
export interface NetworkOptions {
  /** Per-request timeout (connect + headers + body), in ms. */
  timeoutMs: number
  /** Longest `Retry-After` PAT Keeper waits for before reporting "rate-limited" instead, in ms. */
  retryAfterCapMs: number
  /** Pause before the single retry after a 5xx, in ms. */
  retryBackoffMs: number
  overallConcurrency: number
  perHostConcurrency: number
}

/** Defaults: 10 s per request, 6 in flight per host, 16 overall, one retry after 500 ms, wait up to 10 s on 429. */
export const DEFAULT_NETWORK: NetworkOptions = {
  timeoutMs: 10_000,
  retryAfterCapMs: 10_000,
  retryBackoffMs: 500,
  overallConcurrency: 16,
  perHostConcurrency: 6,
}

/** Where one dispatcher sends requests and what it trusts. */
export interface DispatchRoute {
  /** A proxy the OS named for this URL (electron/validation/network-source.ts); unset = the environment's. */
  proxy?: string | 'direct'
  /** CA certificates (PEM) to trust besides Node's bundled roots (the OS trust store in the app). */
  trustedCa?: readonly string[]
  /** A per-host CA file (<data folder>/ca/<host>.pem). */
  caFile?: string
}

/**
 * Builds the undici dispatcher for validation requests. Proxy: the one the OS named (the app), else
 * `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` (EnvHttpProxyAgent, as curl and git read them; the CLI).
 * Certificates: Node's bundled roots plus the OS store (app), `NODE_EXTRA_CA_CERTS` (Node adds those to its
 * default store; the packaged app's fuse drops it) and an optional per-host CA file. TLS verification is
 * never turned off (Electron security checklist: do not weaken TLS).
 */
export const createDispatcher = async (env: Readonly<Record<string, string | undefined>>, timeoutMs: number, route: DispatchRoute = {}): Promise<Dispatcher> => {
  // Loaded on first use: undici costs ~70 ms to load, which every CLI command would otherwise pay.
  const { Agent, EnvHttpProxyAgent, ProxyAgent } = await import('undici')
  const extra = [...(route.trustedCa ?? []), ...(route.caFile ? [readFileSync(route.caFile, 'utf8')] : [])]
  const ca = extra.length > 0 ? [...rootCertificates, ...extraCa(env), ...extra] : undefined
  const connect = { timeout: timeoutMs, ...(ca ? { ca } : {}) }
  const timeouts = { headersTimeout: timeoutMs, bodyTimeout: timeoutMs }
  if (route.proxy === 'direct') return new Agent({ connect, ...timeouts })
  // The tunnelled TLS (to the host) checks against `requestTls`; `proxyTls` covers an HTTPS proxy itself.
  if (route.proxy) return new ProxyAgent({ uri: route.proxy, requestTls: ca ? { ca } : {}, proxyTls: ca ? { ca } : {}, connect: { timeout: timeoutMs }, ...timeouts })
  const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy
  const httpProxy = env.HTTP_PROXY ?? env.http_proxy
  if (!httpsProxy && !httpProxy) return new Agent({ connect, ...timeouts })
  return new EnvHttpProxyAgent({
    httpsProxy,
    httpProxy,
    noProxy: env.NO_PROXY ?? env.no_proxy,
    connect,
    ...timeouts,
  })
}

/** `NODE_EXTRA_CA_CERTS` must be repeated when a per-host CA replaces the default store for one request. */
const extraCa = (env: Readonly<Record<string, string | undefined>>): string[] => {
  const file = env.NODE_EXTRA_CA_CERTS
  if (!file) return []
  try {
    return [readFileSync(file, 'utf8')]
  } catch {
    return []
  }
}

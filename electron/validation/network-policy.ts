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

/**
 * Builds the undici dispatcher for validation requests. The proxy comes from `HTTPS_PROXY`/`HTTP_PROXY`/
 * `NO_PROXY` (EnvHttpProxyAgent, as curl and git read them). Certificates: Node's bundled roots plus
 * `NODE_EXTRA_CA_CERTS` (Node adds those to its default store) plus an optional per-host CA file. TLS
 * verification is never turned off (Electron security checklist: do not weaken TLS).
 */
export const createDispatcher = async (env: Readonly<Record<string, string | undefined>>, timeoutMs: number, caFile?: string): Promise<Dispatcher> => {
  // Loaded on first use: undici costs ~70 ms to load, which every CLI command would otherwise pay.
  const { Agent, EnvHttpProxyAgent } = await import('undici')
  const ca = caFile ? [...rootCertificates, ...extraCa(env), readFileSync(caFile, 'utf8')] : undefined
  const connect = { timeout: timeoutMs, ...(ca ? { ca } : {}) }
  const timeouts = { headersTimeout: timeoutMs, bodyTimeout: timeoutMs }
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

import type { Dispatcher } from 'undici'
import { HostLimiter } from './limiter'
import { HostUnreachable, unreachableKind } from './network-errors'
import { createDispatcher, DEFAULT_NETWORK, type DispatchRoute, type NetworkOptions } from './network-policy'
import { proxyFromPac, type NetworkSource } from './network-source'

/** A fetch-shaped function (what Octokit and the fetch-based validators call). */
export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds from now. */
export const retryAfterMs = (value: string | null, now: Date): number | undefined => {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const NO_BODY = new Set([204, 205, 304])

/**
 * The one HTTP client validation uses: per-request timeout, bounded concurrency per host and overall,
 * redirects not followed (a redirect to a sign-in page must be seen, and credentials never follow a
 * redirect elsewhere), and retries only where safe: validation requests are reads, so one retry after a
 * 5xx (with backoff) and one after a 429 whose `Retry-After` is within the cap.
 */
export class ValidationHttp {
  readonly limiter: HostLimiter
  readonly options: NetworkOptions
  private readonly dispatchers = new Map<string, Promise<Dispatcher>>()
  /** Hosts that just timed out or refused, and when: requests queued before that fail fast instead of waiting. */
  private readonly dead = new Map<string, { at: number; error: HostUnreachable }>()

  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    options: Partial<NetworkOptions> = {},
    private readonly clock: () => Date = () => new Date(),
    private readonly source: NetworkSource = {},
  ) {
    this.options = { ...DEFAULT_NETWORK, ...options }
    this.limiter = new HostLimiter({ overall: this.options.overallConcurrency, perHost: this.options.perHostConcurrency })
  }

  /** A fetch function bound to this policy; `caFile` adds a per-host CA certificate. */
  fetchFor(caFile?: string): FetchLike {
    return (input, init) => this.fetch(String(input), init ?? {}, caFile)
  }

  /** Fetches with the policy above; throws HostUnreachable when no HTTP answer came. */
  async fetch(url: string, init: RequestInit, caFile?: string): Promise<Response> {
    let response = await this.attempt(url, init, caFile)
    if (response.status >= 500 && response.status !== 501) {
      await sleep(this.options.retryBackoffMs)
      response = await this.attempt(url, init, caFile)
    } else if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('retry-after'), this.clock())
      if (wait !== undefined && wait <= this.options.retryAfterCapMs) {
        await sleep(wait)
        response = await this.attempt(url, init, caFile)
      }
    }
    return response
  }

  /** One pooled dispatcher per (proxy the OS named, CA file). */
  private async dispatcher(url: string, caFile?: string): Promise<Dispatcher> {
    const route: DispatchRoute = { caFile, trustedCa: this.source.trustedCa?.() }
    if (this.source.resolveProxy) route.proxy = proxyFromPac(await this.source.resolveProxy(url)) ?? 'direct'
    const key = `${route.proxy ?? ''} ${caFile ?? ''}`
    let dispatcher = this.dispatchers.get(key)
    if (!dispatcher) this.dispatchers.set(key, (dispatcher = createDispatcher(this.env, this.options.timeoutMs, route)))
    return dispatcher
  }

  private async attempt(url: string, init: RequestInit, caFile?: string): Promise<Response> {
    const { host, origin } = new URL(url)
    const queuedAt = performance.now()
    return this.limiter.run(origin, async () => {
      // A request that was already waiting when its host failed is answered from that failure, so a dead
      // host holding N queued checks costs one timeout, not N / per-host-slots timeouts. A new request (the
      // user pressing "Check now" again) always tries the host afresh.
      const dead = this.dead.get(origin)
      if (dead && dead.at > queuedAt) throw dead.error
      const signals = [AbortSignal.timeout(this.options.timeoutMs), ...(init.signal ? [init.signal] : [])]
      try {
        const { fetch: undiciFetch } = await import('undici')
        const res = await undiciFetch(url, {
          method: init.method ?? 'GET',
          headers: init.headers as Record<string, string> | undefined,
          body: init.body as string | undefined,
          redirect: 'manual',
          signal: AbortSignal.any(signals),
          dispatcher: await this.dispatcher(url, caFile),
        })
        // Read the body inside the slot and the timeout, so a host that stalls mid-body is cut off too.
        const body = NO_BODY.has(res.status) ? null : await res.arrayBuffer()
        return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers as unknown as Headers })
      } catch (error) {
        const failure = new HostUnreachable(unreachableKind(error) ?? 'other', host, this.options.timeoutMs)
        // Remember the failure for the requests already queued behind this one (see above).
        if (failure.kind === 'timeout' || failure.kind === 'refused' || failure.kind === 'dns') this.dead.set(origin, { at: performance.now(), error: failure })
        throw failure
      }
    })
  }

  /** Closes pooled connections (tests and the CLI call this when done). */
  async close(): Promise<void> {
    await Promise.all([...this.dispatchers.values()].map(async (d) => (await d).close().catch(() => undefined)))
    this.dispatchers.clear()
  }
}

import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** One request as a fake host saw it (headers kept so tests can check what was sent, e.g. auth scheme). */
export interface SeenRequest {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** What a host play answers. */
export interface FakeReply {
  status: number
  headers?: Record<string, string>
  /** Objects are sent as JSON (content-type set), strings as they are. */
  body?: unknown
}

/** A host's documented behaviour: request in, reply out. */
export type HostPlay = (req: SeenRequest) => FakeReply | Promise<FakeReply>

/**
 * Failure modes every fake host can be switched into at run time (`host.fail(mode)`, `host.heal()`):
 * - `hang`: accept the connection, never answer (a dead host behind a live load balancer)
 * - `malformed-json`: 200 with a JSON content type and a truncated body
 * - `rate-limit`: 429 with `Retry-After` (seconds from `retryAfter`, default 1)
 * - `server-error`: 503 every time; `server-error-once`: 502 once, then normal
 * - `redirect-login`: 302 to the host's `/login` page
 * - `signin-page`: 203 with an HTML sign-in page (Azure DevOps's answer to a bad PAT on some endpoints)
 * - `proxy-401`: a bare 401 without any host marks (a proxy or captive portal, not the host)
 */
export type FailureMode = 'hang' | 'malformed-json' | 'rate-limit' | 'server-error' | 'server-error-once' | 'redirect-login' | 'signin-page' | 'proxy-401'

/** Options for a fake host. */
export interface FakeHostOptions {
  /** Serve HTTPS with a self-signed certificate for 127.0.0.1 (see `selfSignedCert`). */
  https?: boolean
  /** Added before every answer, in ms (the benchmark uses 150). */
  latencyMs?: number
  /** Seconds sent in `Retry-After` by the `rate-limit` mode. */
  retryAfter?: number
}

/** A running fake host on 127.0.0.1. */
export interface FakeHost {
  /** `http(s)://127.0.0.1:<port>` */
  url: string
  port: number
  /** Every request in order. */
  requests: SeenRequest[]
  /** Requests being answered right now, and the most at once since start (or `resetStats`). */
  readonly inFlight: number
  readonly peakInFlight: number
  resetStats(): void
  /** Switches the host into a failure mode until `heal()`. */
  fail(mode: FailureMode): void
  heal(): void
  close(): Promise<void>
}

const SIGNIN_HTML = '<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body><form action="/_signin">Sign in</form></body></html>'

let certCache: { key: string; cert: string; certFile: string } | undefined

/**
 * A self-signed certificate for 127.0.0.1 (made once per test process with openssl). Clients reject it
 * unless its `certFile` is trusted, which is how tests play both "TLS failure" and "company CA".
 */
export const selfSignedCert = (): { key: string; cert: string; certFile: string } => {
  if (certCache) return certCache
  const dir = mkdtempSync(join(tmpdir(), 'patkeeper-cert-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  if (!existsSync(certFile)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-addext', 'basicConstraints=critical,CA:TRUE'], { stdio: 'ignore' })
  }
  certCache = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile }
  return certCache
}

const send = (res: ServerResponse, reply: FakeReply) => {
  const headers = { ...reply.headers }
  let body = ''
  if (typeof reply.body === 'string') body = reply.body
  else if (reply.body !== undefined) {
    body = JSON.stringify(reply.body)
    headers['content-type'] ??= 'application/json; charset=utf-8'
  }
  res.writeHead(reply.status, headers)
  res.end(body)
}

const failureReply = (mode: FailureMode, retryAfter: number): FakeReply | undefined => {
  switch (mode) {
    case 'malformed-json':
      return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"login": "octo' }
    case 'rate-limit':
      return { status: 429, headers: { 'retry-after': String(retryAfter), 'content-type': 'application/json' }, body: '{"message":"Too many requests"}' }
    case 'server-error':
    case 'server-error-once':
      return { status: mode === 'server-error' ? 503 : 502, headers: { 'content-type': 'text/html' }, body: '<html><body>Service unavailable</body></html>' }
    case 'redirect-login':
      return { status: 302, headers: { location: '/login?next=%2Fapi' }, body: '' }
    case 'signin-page':
      return { status: 203, headers: { 'content-type': 'text/html; charset=utf-8' }, body: SIGNIN_HTML }
    case 'proxy-401':
      return { status: 401, headers: { 'content-type': 'text/html' }, body: '<html>Proxy authentication</html>' }
    case 'hang':
      return undefined
  }
}

/**
 * The host rig: starts a local HTTP(S) server on 127.0.0.1 (random port) that answers with `play`, the
 * documented behaviour of one Git host (see the `*-play.ts` files beside this one), and can be switched
 * into any failure mode above. It records requests and concurrency so tests and the benchmark can assert
 * what was sent and how many requests were in flight. Always `close()` it (hung sockets are destroyed).
 */
export const startFakeHost = async (play: HostPlay, options: FakeHostOptions = {}): Promise<FakeHost> => {
  const requests: SeenRequest[] = []
  const sockets = new Set<Socket>()
  const state = { mode: undefined as FailureMode | undefined, inFlight: 0, peak: 0 }
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const seen: SeenRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      requests.push(seen)
      const mode = state.mode
      if (mode === 'hang') return // keep the socket open, never answer
      state.inFlight++
      state.peak = Math.max(state.peak, state.inFlight)
      const finish = async () => {
        try {
          if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs))
          if (mode === 'server-error-once') state.mode = undefined
          const reply = (mode && failureReply(mode, options.retryAfter ?? 1)) ?? (await play(seen))
          send(res, reply)
        } catch (error) {
          send(res, { status: 500, body: { message: `rig error: ${String(error)}` } })
        } finally {
          state.inFlight--
        }
      }
      void finish()
    })
  }
  const server: Server = options.https ? createHttpsServer({ key: selfSignedCert().key, cert: selfSignedCert().cert }, handler) : createHttpServer(handler)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `${options.https ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    get inFlight() {
      return state.inFlight
    },
    get peakInFlight() {
      return state.peak
    },
    resetStats: () => void (state.peak = state.inFlight),
    fail: (mode) => void (state.mode = mode),
    heal: () => void (state.mode = undefined),
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

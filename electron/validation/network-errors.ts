/** Why a host could not be reached; each kind gets its own advice. */
export type UnreachableKind = 'timeout' | 'refused' | 'dns' | 'tls' | 'other'

/** Thrown by the validation HTTP client when no HTTP answer arrived. Its message never holds a secret or URL credentials. */
export class HostUnreachable extends Error {
  override readonly name = 'HostUnreachable'
  constructor(
    readonly kind: UnreachableKind,
    readonly host: string,
    readonly timeoutMs?: number,
  ) {
    super(`${host}: ${kind}`)
  }
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
])
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT', 'TimeoutError', 'AbortError'])
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN'])
const REFUSED_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'EPIPE'])

/** Walks an error and its causes (fetch wraps the real reason in `cause`). */
export const errorChain = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  let current: unknown = error
  while (current && chain.length < 8 && !chain.includes(current)) {
    chain.push(current)
    current = (current as { cause?: unknown }).cause
  }
  return chain
}

/** Classifies a low-level network error (fetch, undici, Node sockets, AWS SDK) by its codes. */
export const unreachableKind = (error: unknown): UnreachableKind | undefined => {
  for (const item of errorChain(error)) {
    if (item instanceof HostUnreachable) return item.kind
    const { code, name } = item as { code?: unknown; name?: unknown }
    const key = typeof code === 'string' ? code : ''
    if (TLS_CODES.has(key) || key.startsWith('ERR_TLS') || key.startsWith('ERR_SSL')) return 'tls'
    if (TIMEOUT_CODES.has(key) || (typeof name === 'string' && TIMEOUT_CODES.has(name))) return 'timeout'
    if (DNS_CODES.has(key)) return 'dns'
    if (REFUSED_CODES.has(key)) return 'refused'
  }
  return undefined
}

/** Finds a HostUnreachable in an error's cause chain (Octokit and the AWS SDK wrap what our fetch threw). */
export const findUnreachable = (error: unknown): HostUnreachable | undefined =>
  errorChain(error).find((e): e is HostUnreachable => e instanceof HostUnreachable)

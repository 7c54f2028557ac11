/**
 * Where validation requests learn their proxy and trusted certificates. The app asks the OS (Electron's
 * `session.resolveProxy`, the system trust store, electron/validation/os-network.ts); the CLI leaves it
 * empty and uses the environment (HTTPS_PROXY, NODE_EXTRA_CA_CERTS), as curl and git do.
 */
export interface NetworkSource {
  /** The proxy for a URL, in Chromium's PAC result form: "DIRECT", "PROXY host:port; DIRECT", "HTTPS host:port". */
  resolveProxy?(url: string): Promise<string>
  /** CA certificates (PEM) to trust besides Node's bundled roots, e.g. the OS trust store. */
  trustedCa?(): readonly string[]
}

/**
 * The proxy URL for a PAC result, or undefined to go direct. Entries are tried in order (PAC "FindProxyForURL"
 * return value: "PROXY", "HTTPS", "DIRECT", "SOCKS…"); SOCKS is skipped because undici cannot tunnel through it.
 */
export const proxyFromPac = (pac: string): string | undefined => {
  for (const entry of pac.split(';').map((e) => e.trim()).filter(Boolean)) {
    const [kind, hostPort] = entry.split(/\s+/)
    const type = kind?.toUpperCase()
    if (type === 'DIRECT') return undefined
    if ((type === 'PROXY' || type === 'HTTP') && hostPort) return `http://${hostPort}`
    if (type === 'HTTPS' && hostPort) return `https://${hostPort}`
  }
  return undefined
}

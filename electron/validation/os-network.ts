// The app's network source: the OS proxy (Chromium's resolver: system settings, PAC, WPAD) and the OS trust
// store, so a check behind a TLS-inspecting company proxy works as it does in the browser.
import * as tls from 'node:tls'
import type { Session } from 'electron'
import type { NetworkSource } from './network-source'

/**
 * The OS trust store as PEM (`tls.getCACertificates('system')`: Windows certificate store, macOS keychains,
 * OpenSSL's default paths on Linux; Node >= 22.15, and Electron 45 bundles Node 24: electron/electron DEPS
 * `node_version` v24.18.1). Empty where the runtime lacks it (Node 20 runs the tests, so they inject the PEM).
 */
export const systemCertificates = (): readonly string[] => {
  const get = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates
  try {
    return get ? get('system') : []
  } catch {
    return []
  }
}

/** Proxy from `session.resolveProxy` (net.md/session.md: system proxy settings, PAC and WPAD), CAs from the OS. */
export const osNetwork = (session: Pick<Session, 'resolveProxy'>): NetworkSource => {
  let cached: readonly string[] | undefined
  return {
    resolveProxy: (url) => session.resolveProxy(url),
    trustedCa: () => (cached ??= systemCertificates()),
  }
}

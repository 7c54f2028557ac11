import { HOST_CATALOG } from './registry'

/**
 * Hosts whose https pages the app may open in the browser (the openExternal allowlist), derived from the
 * catalog: each kind's fixed token-page and docs hosts. Custom hosts are never listed here; main allows
 * their one token-page URL at a time (`ExternalLinkPolicy.allowExactUrl`).
 */
export const catalogLinkHosts = (): string[] => [...new Set(Object.values(HOST_CATALOG).flatMap((spec) => spec.linkHosts))].sort()

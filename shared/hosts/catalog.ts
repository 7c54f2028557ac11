// The host catalog's public API: one import for the wizard, the CLI, validation and the git helper.
export type { HostLocation, HostSpec, Lifetime, PurposeSpec, ResolvedLocation, TokenFormat, TokenVariant } from './types'
export { HOST_CATALOG, hostSpec, purposeSpec, requiredScopes, variantOf } from './registry'
export { normalizeHostLocation, type LocationInput, type NormalizeResult } from './location'
export { recognizeToken, type Recognition, type TokenWarning } from './recognize'
export { tokenPageUrl, type TokenPageRequest } from './token-page'
export { buildGuide, type Guide, type GuideRequest } from './guide'
export { catalogLinkHosts } from './link-hosts'

import type { HostKind, Purpose } from '../domain/hosts'
import { purposeSpec, variantOf } from './registry'
import type { HostLocation, ResolvedLocation } from './types'

/** What `tokenPageUrl` takes: where, what for, and the name to pre-fill. */
export interface TokenPageRequest {
  kind: HostKind
  location: HostLocation & { url: string }
  purpose: Purpose
  tokenName: string
  description?: string
  expiresInDays?: number
  /** Variant id (GitHub 'fine-grained' | 'classic'; CodeCommit 'git-credentials' | 'access-key'). */
  tokenType?: string
}

/**
 * The host's page for creating the token, pre-filled exactly as the host documents: GitHub classic
 * `scopes` + `description`; GitHub fine-grained `name`, `description`, `expires_in` and one parameter per
 * permission; GitLab `name`, `scopes`, `description`; a plain page elsewhere.
 */
export const tokenPageUrl = (request: TokenPageRequest): string => {
  const variant = variantOf(request.kind, request.tokenType)
  const { purpose } = purposeSpec(request.kind, request.purpose, variant.id)
  const location: ResolvedLocation = { ...request.location, kind: request.kind }
  return variant.tokenPage({ location, purpose, tokenName: request.tokenName, description: request.description, expiresInDays: request.expiresInDays })
}

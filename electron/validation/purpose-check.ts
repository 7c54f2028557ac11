import type { HostKind, Purpose } from '../../shared/domain/hosts'

/** Broader scopes that include narrower ones (a token with `repo` needs no `public_repo`). */
const IMPLIES: Record<string, string[]> = {
  repo: ['public_repo', 'repo:status', 'repo_deployment', 'repo:invite', 'security_events'],
  user: ['read:user', 'user:email', 'user:follow'],
  'admin:org': ['write:org', 'read:org'],
  'write:org': ['read:org'],
  api: ['read_api', 'read_user', 'read_repository', 'write_repository', 'read_registry', 'write_registry'],
  write_repository: ['read_repository'],
  write_registry: ['read_registry'],
  'vso.code_full': ['vso.code_manage', 'vso.code_write', 'vso.code'],
  'vso.code_manage': ['vso.code_write', 'vso.code'],
  'vso.code_write': ['vso.code'],
}

const covers = (have: readonly string[], wanted: string): boolean =>
  have.includes(wanted) || have.some((scope) => IMPLIES[scope]?.includes(wanted))

/** Looks up what a purpose needs on a host (the host catalog provides it). */
export type RequiredScopes = (kind: HostKind, purpose: Purpose, tokenType?: string) => readonly string[]

/** Names exactly which required scopes the token lacks; empty when nothing is missing or nothing is known. */
export const missingScopes = (kind: HostKind, purpose: Purpose | undefined, have: readonly string[] | undefined, required: RequiredScopes, tokenType?: string): string[] => {
  if (!purpose || !have) return []
  return required(kind, purpose, tokenType).filter((scope) => !covers(have, scope))
}

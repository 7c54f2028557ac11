import type { GitBinding, TokenRecord } from '../../shared/domain/token'
import { gitTargetFor, gitUsernameFor, pathSegments } from './git-target'

/** What git asked for, as the credential protocol delivers it. */
export interface GitCredentialQuery {
  protocol?: string
  host?: string
  path?: string
  username?: string
}

/** One token that fits the query and how specific the fit is. */
export interface Candidate {
  token: TokenRecord
  binding?: GitBinding
  /** Path segments the fit covers (host base path + binding prefix). */
  depth: number
  /** Explicitly configured with `git setup` (beats a token only known by its host URL at the same depth). */
  bound: boolean
}

/** The matcher's verdict. */
export type MatchResult =
  | { kind: 'none' }
  | { kind: 'match'; candidate: Candidate }
  /** The winning candidate cannot be used; `reason` is one line for stderr. */
  | { kind: 'unusable'; candidate: Candidate; reason: string }
  | { kind: 'tie'; candidates: Candidate[] }

const startsWith = (path: string[], prefix: string[]) => prefix.every((s, i) => path[i] === s)

/** Hosts whose clone URLs carry an unrelated user name (`org@dev.azure.com`) and ignore it for PATs. */
const ignoresUsername = (token: TokenRecord) => token.host === 'azure-devops' || token.host === 'azure-devops-server'

/** Every way one token fits the query. */
const candidatesOf = (token: TokenRecord, query: GitCredentialQuery): Candidate[] => {
  const target = gitTargetFor(token)
  if (!target || query.protocol !== target.protocol || (query.host ?? '').toLowerCase() !== target.host) return []
  if (query.username && !ignoresUsername(token) && query.username !== gitUsernameFor(token)) return []
  const path = pathSegments(query.path)
  // Without a path (git's default, useHttpPath off) only the host can be compared.
  if (query.path !== undefined && !startsWith(path, target.basePath)) return []
  const base = query.path === undefined ? 0 : target.basePath.length
  const bindings = token.gitBindings ?? []
  if (bindings.length === 0) return [{ token, depth: base, bound: false }]
  const fits: Candidate[] = []
  for (const binding of bindings) {
    const prefix = pathSegments(binding.pathPrefix)
    if (prefix.length === 0) fits.push({ token, binding, depth: base, bound: true })
    else if (query.path !== undefined && startsWith(path, [...target.basePath, ...prefix]))
      fits.push({ token, binding, depth: base + prefix.length, bound: true })
  }
  return fits
}

/** Why a token must not be handed to git, or undefined when it may. */
export const unusableReason = (token: TokenRecord, now: Date): string | undefined => {
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime())
    return `token "${token.label}" expired on ${token.expiresAt.slice(0, 10)}; renew it in PAT Keeper (patkeeper rotate "${token.label}").`
  const status = token.lastCheck?.status
  if (status === 'expired' || status === 'revoked')
    return `token "${token.label}" was reported ${status} by the host on ${token.lastCheck!.checkedAt.slice(0, 10)}; renew it in PAT Keeper (patkeeper rotate "${token.label}").`
  return undefined
}

const rank = (c: Candidate) => c.depth * 2 + (c.bound ? 1 : 0)

/**
 * Picks the token for a git request: same protocol, host (with port) and username (if git sent one); the
 * deepest path prefix wins, an explicit binding beats a bare host match; among equals an unusable
 * (expired, revoked) token steps aside; two usable equals are a tie the user must resolve.
 */
export const matchToken = (tokens: TokenRecord[], query: GitCredentialQuery, now: Date): MatchResult => {
  const all = tokens.flatMap((t) => candidatesOf(t, query))
  if (all.length === 0) return { kind: 'none' }
  const best = Math.max(...all.map(rank))
  const top = all.filter((c) => rank(c) === best)
  const unique = top.filter((c, i) => top.findIndex((o) => o.token.id === c.token.id) === i)
  const usable = unique.filter((c) => !unusableReason(c.token, now))
  if (usable.length === 1) return { kind: 'match', candidate: usable[0]! }
  if (usable.length > 1) return { kind: 'tie', candidates: usable }
  return { kind: 'unusable', candidate: unique[0]!, reason: unusableReason(unique[0]!.token, now)! }
}

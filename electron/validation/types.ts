import type { CheckResult, TokenRecord } from '../../shared/domain/token'
import type { FetchLike } from './http-client'

/** What a validator needs to know about a token besides its secret (a stored record or a wizard draft). */
export type ValidationTarget = Pick<TokenRecord, 'host'> &
  Partial<Pick<TokenRecord, 'url' | 'org' | 'collection' | 'region' | 'username' | 'email' | 'purpose' | 'repository' | 'revokedAt' | 'gitBindings' | 'usedIn'>>

/**
 * What one host said about a token, before the purpose check: the stored check's fields without its time.
 * `message` overrides the generic sentence for the status when the host gave a more precise reason, and
 * `missingScopes` is set when the host itself named what is missing (the purpose check adds its own).
 */
export type HostAnswer = Omit<CheckResult, 'checkedAt' | 'message'> & { message?: string }

/** Runs `git ls-remote` style probes; the default spawns git, tests may pass another runner. */
export interface GitProbe {
  /** Exit code and stderr of `git ls-remote <url>` answered with these credentials (never in argv). */
  lsRemote(url: string, username: string, password: string, timeoutMs: number): Promise<{ code: number; stderr: string }>
}

/** Everything a validator gets: the target, the secret, the API base and the policy-bound fetch. */
export interface ValidatorContext {
  target: ValidationTarget
  secret: string
  /** API root for this token (the host's own, or a test override), without a trailing slash. */
  apiBase: string
  fetch: FetchLike
  timeoutMs: number
  maxAttempts: number
  git: GitProbe
  /** Runs a non-fetch request (AWS SDK, git) under the same per-host and overall limits. */
  limit<T>(host: string, task: () => Promise<T>): Promise<T>
  clock: () => Date
  /** Human name of the host kind, e.g. "GitHub Enterprise". */
  hostName: string
}

/** One host kind's validation. Throws only for "no HTTP answer" (HostUnreachable) or bugs. */
export type HostValidator = (ctx: ValidatorContext) => Promise<HostAnswer>

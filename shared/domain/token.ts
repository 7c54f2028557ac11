import type { HostKind, Purpose } from './hosts'

/** Result of asking the host about a token; one set for every host. */
export const VALIDATION_STATUSES = [
  'valid',
  'invalid',
  'expired',
  'revoked',
  'missing-scopes',
  'pending-approval',
  'unreachable',
  'rate-limited',
  'host-error',
] as const

/** One validation status. */
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number]

/** A token's status as lists show it: never checked, or the last validation status. */
export type TokenStatus = 'unchecked' | ValidationStatus

/** Statuses that need the user to act on the token (the list header and Check all count these). */
export const ATTENTION_STATUSES: ReadonlySet<TokenStatus> = new Set<TokenStatus>(['invalid', 'expired', 'revoked', 'missing-scopes'])

/** Statuses where the host refused the token itself: no later check or scope change brings it back. */
export const REFUSED_STATUSES: ReadonlySet<TokenStatus> = new Set<TokenStatus>(['invalid', 'expired', 'revoked'])

/** Statuses where the host gave no verdict on the token (it may well be fine): "could not be checked". */
export const UNSETTLED_STATUSES: ReadonlySet<TokenStatus> = new Set<TokenStatus>(['unreachable', 'rate-limited', 'host-error'])

/** Who said when a token expires: the host's own answer, or the user. */
export type ExpirySource = 'host' | 'user'

/** Who the host says the token belongs to. */
export interface TokenIdentity {
  login?: string
  name?: string
  email?: string
  /** All emails the host reports for the account (for the commit identity check). */
  emails?: string[]
}

/** The outcome of one validation, stored as the token's last check. Never holds the secret. */
export interface CheckResult {
  status: ValidationStatus
  /** ISO 8601 time of the check. */
  checkedAt: string
  /** One sentence a user can act on. */
  message: string
  identity?: TokenIdentity
  /** Scopes or permissions as the host reports them (absent when the host does not say). */
  scopes?: string[]
  /** Scopes the token's purpose needs but the host did not report. */
  missingScopes?: string[]
  /** Expiry as the host reports it (ISO 8601), null when the host says "never", absent when unknown. */
  expiresAt?: string | null
  /** e.g. "classic", "fine-grained", "api-token", "access-key". */
  tokenType?: string
  /** When the host last saw the token used (GitLab `last_used_at`); null = never used; absent = the host does not say. */
  lastUsedAt?: string | null
  /** What the host's API cannot tell here (docs/host-limits.md), when the verdict rests on it. */
  note?: string
}

/** A free-text place the token was pasted (a CI runner, a notebook platform...). */
export interface UsedInNote {
  id: string
  text: string
  /** Set during a renewal when the user ticked this place off as updated. */
  updatedAt?: string
}

/** Where git uses this token: written by `git setup`, kept across rotation. */
export interface GitBinding {
  id: string
  /** `global` = the user's global git config; `repo` = one repository's local config. */
  scope: 'global' | 'repo'
  repoPath?: string
  /** Optional path prefix on the host (an org or group), e.g. `work-org`. */
  pathPrefix?: string
  configuredAt: string
}

/** One rotation of the secret, remembered so the user can see the history. */
export interface RotationEntry {
  at: string
  previousExpiresAt: string | null
}

/** Per-token alert bookkeeping for the expiry engine. */
export interface AlertState {
  /** Keys of alerts already shown for the current secret, e.g. "30d", "expired", "age". */
  sent: string[]
  /** ISO time until which alerts for this token are snoozed. */
  snoozedUntil?: string
  /**
   * What `sent` was recorded for (the expiry instant and the secret's start, set by the expiry engine).
   * When the token's expiry or secret changes the history no longer applies and alerts start fresh.
   */
  basis?: string
}

/** Everything PAT Keeper knows about a token except the secret (which lives only in the keychain). */
export interface TokenRecord {
  id: string
  label: string
  host: HostKind
  /** Base URL of the host, e.g. `https://github.com` or `https://git.example.com:8443`. */
  url: string
  org?: string
  collection?: string
  region?: string
  /** Username git sends (or the AWS access key id for CodeCommit access keys). */
  username?: string
  /** Account email (Bitbucket Cloud needs it for API checks). */
  email?: string
  purpose?: Purpose
  scopes: string[]
  tokenType?: string
  /** ISO 8601 or null when unknown / never expires. */
  expiresAt: string | null
  expirySource: ExpirySource | null
  /** CodeCommit repository name used for checks, when known. */
  repository?: string
  createdAt: string
  updatedAt: string
  rotatedAt?: string
  rotations: RotationEntry[]
  lastCheck?: CheckResult
  /** Set when PAT Keeper revoked the token on its host (ISO 8601): "revoked on <date> by PAT Keeper". */
  revokedAt?: string
  usedIn: UsedInNote[]
  gitBindings: GitBinding[]
  alerts: AlertState
}

/** A token as the renderer and `--json` output see it: the record plus its derived status. */
export type TokenView = TokenRecord & { status: TokenStatus }

/** Derives the status shown for a record. */
export const tokenStatus = (record: Pick<TokenRecord, 'lastCheck'>): TokenStatus =>
  record.lastCheck?.status ?? 'unchecked'

/** The record as shown outside the main process. */
export const toTokenView = (record: TokenRecord): TokenView => ({ ...record, status: tokenStatus(record) })

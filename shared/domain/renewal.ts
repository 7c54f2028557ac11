import type { CheckResult, TokenView } from './token'

/** What the renewal screen shows before the user creates the new token. */
export interface RenewalPlan {
  token: TokenView
  /** Name to give the new token: the old token's name on the host where the host reports it, else our label. */
  tokenName: string
  /** Where `tokenName` comes from, in words the screen shows. */
  hostTokenName: HostTokenName
  /** Scopes the new token should have: the old token's, or the purpose's least scopes. */
  scopes: string[]
  /** The host's token page, pre-filled where the host allows; null when it cannot be built (missing host URL). */
  tokenPageUrl: string | null
  /** GitLab with `api` or `self_rotate`: one click rotates the token through the host's API. */
  canSelfRotate: boolean
  /** True when the host tells PAT Keeper the new token's expiry; otherwise the screen asks for it. */
  hostReportsExpiry: boolean
  /** Suggested expiry date (YYYY-MM-DD) for the new token: the old token's lifetime from today. */
  suggestedExpiry: string | null
  /** The account the old token belonged to, when a check said so. */
  account: string | null
}

/** The result of handing in a new token. */
export interface RenewalOutcome {
  /** `swapped`: the keychain holds the new token. `needs-confirmation`: nothing changed; the warnings need a yes. */
  status: 'swapped' | 'needs-confirmation'
  token: TokenView
  check: CheckResult
  /** Plain sentences: scopes lost, account not compared, expiry unknown... */
  warnings: string[]
  /** Scopes the old token had that the new one lacks. */
  lostScopes: string[]
  /** After a swap: what can be done about the old token on the host (absent before a swap). */
  oldToken?: OldTokenOffer
}

/**
 * The old token after a renewal. `api`: PAT Keeper can revoke it on the host (its secret is held in main's
 * memory until the user decides or leaves the screen). `by-hand`: the host has no API a token may use to
 * revoke itself, so the page. `already-revoked`: the host ended it itself (GitLab rotation).
 */
export interface OldTokenOffer {
  how: 'api' | 'by-hand' | 'already-revoked'
  /** One sentence saying plainly what can be done. */
  message: string
  /** The host page where the old token can be revoked by hand. */
  manualUrl?: string
}

/** The old token's name as the host reports it (`reported`), or why the screen suggests PAT Keeper's label. */
export type HostTokenName = { reported: true; name: string; message: string } | { reported: false; message: string }

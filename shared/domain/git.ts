/**
 * One "Use with git" change as recorded for undo. Owned by the git concern (electron/git); stored in the
 * metadata file's `gitChanges` list. Fields may be added by that concern.
 */
export interface GitChangeRecord {
  id: string
  tokenId: string
  scope: 'global' | 'repo'
  repoPath?: string
  appliedAt: string
  /** Free-form details the git concern needs to undo exactly. */
  details: Record<string, unknown>
}

/** A credential helper configured somewhere else that matters for a "Use with git" change. */
export interface HelperConflict {
  /** The helper value as configured, e.g. `osxkeychain`, `store`, `!gh auth git-credential`. */
  helper: string
  /** Which well-known helper it is. */
  kind: 'osxkeychain' | 'manager' | 'store' | 'cache' | 'gh' | 'aws-codecommit' | 'libsecret' | 'wincred' | 'other'
  /** Where it is configured (`global`, `local`, `system`, `command`) and the file. */
  scope: string
  origin: string
  /** `reset`: PAT Keeper's empty entry stops git asking it for this URL; `after`: git still asks it after PAT Keeper. */
  effect: 'reset' | 'after'
  /** One or two sentences: what this means and what to do. */
  explanation: string
}

/** What "Use with git" will change, shown before anything is written. */
export interface GitSetupPreview {
  tokenId: string
  scope: 'global' | 'repo'
  repoPath?: string
  pathPrefix?: string
  /** The `credential.<url>` the settings apply to. */
  url: string
  username: string
  /** The helper value git will run (as stored in the config). */
  helper: string
  /** The exact `git config` commands that will run, in order (empty when already configured). */
  commands: string[]
  conflicts: HelperConflict[]
  alreadyConfigured: boolean
}

/** A recorded change as lists show it. */
export interface GitChangeView {
  id: string
  tokenId: string
  scope: 'global' | 'repo'
  repoPath?: string
  url: string
  appliedAt: string
  commands: string[]
}

/** Outcome of "Test" (`git ls-remote`): git's own words plus one sentence on what to do. */
export interface RemoteTestResult {
  ok: boolean
  message: string
  /** git's last lines of output (URLs with credentials are refused up front, so no secret). */
  detail: string
  refs?: number
}

/** Whether commits made with git's current `user.email` would be attributed to the token's account. */
export interface IdentityCheck {
  globalEmail?: string
  localEmail?: string
  /** The email git uses in that place (local beats global). */
  effectiveEmail?: string
  /** Emails the host reported for the account (or the one the user entered). */
  accountEmails: string[]
  /** `ok`, `mismatch` (warn), `unset` (git has no email), `unknown` (no account email known yet). */
  state: 'ok' | 'mismatch' | 'unset' | 'unknown'
  message: string
  /** The email the one-click fix would set. */
  suggestion?: string
}

/** A server refused a token git got from PAT Keeper (recorded by the helper's `erase`; the token is kept). */
export interface GitRejection {
  tokenId: string
  at: string
  url: string
}

/** What a copy did: when the clipboard will be cleared, if it will. */
export interface CopyResult {
  clearsAt?: string
  seconds?: number
}

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

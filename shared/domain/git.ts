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

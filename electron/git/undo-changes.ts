import { existsSync } from 'node:fs'
import type { GitChangeRecord } from '../../shared/domain/git'
import type { TokenRecord } from '../../shared/domain/token'
import { AppError } from '../errors/app-error'
import type { MetadataStore } from '../metadata/metadata-store'
import { findToken } from '../vault/find-token'
import { revertChange, type ChangeDetails } from './config-change'
import { GitConfig } from './git-config'
import type { GitRunner } from './git-runner'

/**
 * Reverts recorded "Use with git" changes through git config and forgets them (and the token's binding).
 * Without a token: the newest change. With one: all of its changes, newest first. A change another token's
 * later setup relies on (same URL, same file) is refused with what to undo first. A repository that no
 * longer exists has nothing left to restore: its record is dropped with a note. `only` limits it to the
 * given change ids (the health fixer undoes exactly the setup it made).
 */
export const undoChanges = async (deps: { metadata: MetadataStore; git: GitRunner }, token?: string, only?: readonly string[]): Promise<{ undone: GitChangeRecord[]; notes: string[] }> => {
  const doc = await deps.metadata.read()
  let target: TokenRecord | undefined
  if (token) target = findToken(doc.tokens, token)
  const pending = doc.gitChanges.filter((c) => (!target || c.tokenId === target.id) && (!only || only.includes(c.id))).reverse()
  if (pending.length === 0) throw new AppError('not-found', target ? `There is no git setup of "${target.label}" to undo.` : 'There is no git setup to undo.')
  const chosen = target || only ? pending : pending.slice(0, 1)
  const notes: string[] = []
  // Check every chosen change for a blocker before undoing any, so a refusal leaves everything as it was
  // (a blocker is always another token's change, so undoing this token's changes never clears one).
  for (const change of chosen) {
    const blocker = doc.gitChanges.find(
      (c) => c.appliedAt > change.appliedAt && c.tokenId !== change.tokenId && c.scope === change.scope && c.repoPath === change.repoPath && c.details.url === change.details.url,
    )
    if (blocker) {
      const other = doc.tokens.find((t) => t.id === blocker.tokenId)?.label ?? blocker.tokenId
      throw new AppError('conflict', `Token "${other}" was set up later for ${String(change.details.url)}; undo that first (patkeeper git undo "${other}"). Nothing was undone.`)
    }
  }
  for (const change of chosen) {
    if (change.scope === 'repo' && change.repoPath && !existsSync(change.repoPath)) notes.push(`${change.repoPath} no longer exists; its setup record was removed.`)
    else {
      const cfg = new GitConfig(deps.git, { scope: change.scope, ...(change.repoPath ? { repoPath: change.repoPath } : {}) })
      notes.push(...(await revertChange(cfg, change.details as unknown as ChangeDetails)))
    }
    await deps.metadata.update((d) => {
      d.gitChanges = d.gitChanges.filter((c) => c.id !== change.id)
      const t = d.tokens.find((x) => x.id === change.tokenId)
      if (t) t.gitBindings = t.gitBindings.filter((b) => b.id !== change.details.bindingId)
    })
  }
  return { undone: chosen, notes }
}

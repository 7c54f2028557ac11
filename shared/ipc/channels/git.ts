import { z } from 'zod'
import type { CopyResult, GitChangeView, GitRejection, GitSetupPreview, IdentityCheck, RemoteTestResult } from '../../domain/git'
import { channel } from '../define'
import { plain, tokenId } from '../limits'

/**
 * A repository folder from the renderer must be absolute (POSIX `/...`, Windows `C:\...` or `\\server\...`):
 * a relative one would resolve against the main process's working folder, which is not what the user chose.
 */
const repoPath = plain(1000)
  .min(1)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'must be the full path of a repository folder')
  .optional()
const url = plain(2000).min(1)

/** What "Use with git" sends: the token, where to write (global or one repository) and an optional path prefix. */
export const gitSetupRequest = z.strictObject({
  tokenId,
  scope: z.enum(['global', 'repo']),
  repoPath,
  pathPrefix: plain(300).optional(),
})

/** The setup request's type. */
export type GitSetupRequestIpc = z.output<typeof gitSetupRequest>

/** Request/response channels of the git concern. */
export const gitChannels = {
  /** The exact `git config` commands "Use with git" would run, and helpers configured elsewhere. Writes nothing. */
  'git:preview': channel<GitSetupPreview>()(z.tuple([gitSetupRequest])),
  /** Writes the settings shown by the preview and records them for undo. */
  'git:apply': channel<{ preview: GitSetupPreview; change?: GitChangeView }>()(z.tuple([gitSetupRequest])),
  /** Restores git config as before every setup of this token (newest first). */
  'git:undo': channel<{ undone: GitChangeView[]; notes: string[] }>()(z.tuple([tokenId])),
  /** This token's recorded git setups, newest first. */
  'git:changes': channel<GitChangeView[]>()(z.tuple([tokenId])),
  /** Times a server refused this token when git used it. */
  'git:rejections': channel<GitRejection[]>()(z.tuple([tokenId])),
  /** `git ls-remote` on a URL, as the user's git would run it. */
  'git:test': channel<RemoteTestResult>()(z.tuple([url, repoPath])),
  /** Compares git's user.email with the account's emails. */
  'git:identity': channel<IdentityCheck>()(z.tuple([tokenId, repoPath])),
  /** Sets user.email to one of the account's emails (globally, or for the repository). */
  'git:fix-identity': channel<IdentityCheck>()(z.tuple([tokenId, plain(320).min(3), repoPath])),
  /** Copies the token (main reads it from the keychain; it never reaches the renderer). */
  'git:copy-token': channel<CopyResult>()(z.tuple([tokenId])),
  /** Copies `git clone <url>` for a repository URL (no token in it); returns the command. */
  'git:copy-clone-command': channel<{ command: string }>()(z.tuple([url])),
} as const

/** Events of the git concern: none (setup changes arrive as `tokens:changed`). */
export const gitEvents = {} as const

import { randomUUID } from 'node:crypto'
import { homedir } from 'node:os'
import type { GitChangeRecord, GitChangeView, GitRejection, GitSetupPreview, IdentityCheck, RemoteTestResult } from '../../shared/domain/git'
import { AppError } from '../errors/app-error'
import type { Emit } from '../ipc/emit'
import type { MetadataStore } from '../metadata/metadata-store'
import { findToken } from '../vault/find-token'
import { applyChange, planChange, revertChange } from './config-change'
import { globalConfigFile, repoTopLevel } from './config-files'
import { explainConflicts, readHelperEntries } from './conflicts'
import { GitConfig } from './git-config'
import { undoChanges } from './undo-changes'
import { createGitRunner, type GitRunner } from './git-runner'
import { credentialUrl, gitTargetFor, gitUsernameFor, pathSegments } from './git-target'
import { accountEmailsOf, checkIdentity, setCommitEmail } from './identity'
import { readRejections } from './rejections'
import { testRemote } from './remote-test'
import { helperCommand, type HelperLocation } from './helper-command'
import { ensureInstalledExecutable, installedHelperLocation } from './helper-install'
import { findStaleHelpers, repairStaleHelpers, type StaleHelper } from './helper-repair'

/** What "Use with git" is asked to do. */
export interface GitSetupRequest {
  /** Token id or label. */
  token: string
  scope: 'global' | 'repo'
  repoPath?: string
  /** Optional org or group on the host, e.g. `work-org`. */
  pathPrefix?: string
}

/** Dependencies of the git service. */
export interface GitServiceDeps {
  metadata: MetadataStore
  git: GitRunner
  env: Readonly<Record<string, string | undefined>>
  clock: () => Date
  helper: () => HelperLocation
  /** Installs or refreshes the executable the helper line names; runs before git config is written. */
  installHelper?: () => void
  emit: Emit
}

const toView = (c: GitChangeRecord): GitChangeView => ({
  id: c.id,
  tokenId: c.tokenId,
  scope: c.scope,
  appliedAt: c.appliedAt,
  url: String(c.details.url ?? ''),
  commands: (c.details.commands as string[] | undefined) ?? [],
  ...(c.repoPath ? { repoPath: c.repoPath } : {}),
})

/** "Use with git": previews, applies and undoes credential settings, and records them for exact undo. */
export class GitService {
  constructor(private readonly deps: GitServiceDeps) {}

  private async prepare(req: GitSetupRequest) {
    const { tokens } = await this.deps.metadata.read()
    const token = findToken(tokens, req.token)
    const target = gitTargetFor(token)
    if (!target) throw new AppError('invalid-input', `Token "${token.label}" has no usable host URL; edit it and give the server's address.`)
    const prefix = pathSegments(req.pathPrefix).join('/')
    if (req.pathPrefix && /[\n\0]/.test(req.pathPrefix)) throw new AppError('invalid-input', 'The path prefix cannot contain line breaks.')
    const repoPath = req.scope === 'repo' ? await repoTopLevel(this.deps.git, req.repoPath ?? '') : undefined
    const url = credentialUrl(target, prefix || undefined)
    const command = helperCommand(this.deps.helper())
    // git only sends the path when useHttpPath is on: path bindings need it, and CodeCommit signs the path.
    const useHttpPath = url !== credentialUrl(target) || prefix !== '' || target.basePath.length > 0 || token.host === 'codecommit'
    const cfg = new GitConfig(this.deps.git, { scope: req.scope, ...(repoPath ? { repoPath } : {}) })
    const file = req.scope === 'global' ? globalConfigFile(this.deps.env, homedir()) : undefined
    const plan = await planChange(cfg, { url, helperCommand: command, username: gitUsernameFor(token), useHttpPath, ...(file ? { file } : {}) })
    const conflicts = explainConflicts(await readHelperEntries(this.deps.git, repoPath), url, { scope: req.scope, command })
    const preview: GitSetupPreview = {
      tokenId: token.id,
      scope: req.scope,
      url,
      username: plan.details.username,
      helper: command,
      commands: plan.commands,
      conflicts,
      alreadyConfigured: plan.commands.length === 0,
      ...(repoPath ? { repoPath } : {}),
      ...(prefix ? { pathPrefix: prefix } : {}),
    }
    return { token, cfg, plan, preview }
  }

  /** Shows exactly what `apply` would change; writes nothing. */
  async preview(req: GitSetupRequest): Promise<GitSetupPreview> {
    return (await this.prepare(req)).preview
  }

  /** Writes the settings, records the change for undo and binds the token. A failure midway is rolled back. */
  async apply(req: GitSetupRequest): Promise<{ preview: GitSetupPreview; change?: GitChangeView }> {
    const { token, cfg, plan, preview } = await this.prepare(req)
    // Settings already in place (e.g. another token for the same URL): still bind this token, unless it is.
    const bound = token.gitBindings.some((b) => b.scope === req.scope && b.repoPath === preview.repoPath && (b.pathPrefix ?? '') === (preview.pathPrefix ?? ''))
    if (preview.alreadyConfigured && bound) return { preview }
    this.deps.installHelper?.()
    try {
      await applyChange(cfg, plan.details)
    } catch (error) {
      await revertChange(cfg, plan.details).catch(() => undefined)
      throw error
    }
    const now = this.deps.clock().toISOString()
    const record: GitChangeRecord = {
      id: randomUUID(),
      tokenId: token.id,
      scope: req.scope,
      appliedAt: now,
      details: { ...plan.details, commands: plan.commands, bindingId: randomUUID(), ...(preview.pathPrefix ? { pathPrefix: preview.pathPrefix } : {}) },
      ...(preview.repoPath ? { repoPath: preview.repoPath } : {}),
    }
    await this.deps.metadata.update((doc) => {
      doc.gitChanges.push(record)
      const t = doc.tokens.find((x) => x.id === token.id)
      t?.gitBindings.push({
        id: String(record.details.bindingId),
        scope: req.scope,
        configuredAt: now,
        ...(preview.repoPath ? { repoPath: preview.repoPath } : {}),
        ...(preview.pathPrefix ? { pathPrefix: preview.pathPrefix } : {}),
      })
      if (t) t.updatedAt = now
    })
    this.deps.emit('tokens:changed', { ids: [token.id] })
    return { preview, change: toView(record) }
  }

  /** Recorded changes, newest first (optionally for one token). */
  async changes(tokenId?: string): Promise<GitChangeView[]> {
    const { gitChanges } = await this.deps.metadata.read()
    return gitChanges.filter((c) => !tokenId || c.tokenId === tokenId).map(toView).reverse()
  }

  /**
   * Undoes the newest change (of one token when given, all of that token's changes newest first). A change
   * that a later one (of another token) built on for the same settings must wait until that one is undone.
   */
  async undo(token?: string, only?: readonly string[]): Promise<{ undone: GitChangeView[]; notes: string[] }> {
    const result = await undoChanges(this.deps, token, only)
    this.deps.emit('tokens:changed', { ids: [...new Set(result.undone.map((c) => c.tokenId))] })
    return { undone: result.undone.map(toView), notes: result.notes }
  }

  /** "Test": `git ls-remote` on a URL as the user's git would run it (in the repository for a repo setup). */
  async test(url: string, repoPath?: string): Promise<RemoteTestResult> {
    return testRemote(this.deps.git, url, repoPath ? await repoTopLevel(this.deps.git, repoPath) : undefined)
  }

  /** Compares git's commit email (global, and local for a repository) with the token account's emails. */
  async identity(token: string, repoPath?: string): Promise<IdentityCheck> {
    const record = findToken((await this.deps.metadata.read()).tokens, token)
    return checkIdentity(this.deps.git, record, repoPath ? await repoTopLevel(this.deps.git, repoPath) : undefined)
  }

  /** The one-click fix: sets user.email to one of the account's emails (globally or for the repository). */
  async fixIdentity(token: string, email: string, repoPath?: string): Promise<IdentityCheck> {
    const record = findToken((await this.deps.metadata.read()).tokens, token)
    if (!accountEmailsOf(record).some((e) => e.toLowerCase() === email.toLowerCase()))
      throw new AppError('invalid-input', `${email} is not one of this account's emails; choose one the host lists for it.`)
    const repo = repoPath ? await repoTopLevel(this.deps.git, repoPath) : undefined
    await setCommitEmail(this.deps.git, email, repo).catch((error: Error) => {
      throw new AppError('git-failed', `git could not set user.email (${error.message}). Nothing else was changed.`)
    })
    return checkIdentity(this.deps.git, record, repo)
  }

  /** PAT Keeper helper lines that do not run the installed executable (old build, moved, or the old app-binary-as-Node form). */
  async staleHelpers(): Promise<StaleHelper[]> {
    return findStaleHelpers(this.deps, this.deps.helper().executable)
  }

  /**
   * Installs the current executable at its stable path (first run, after an update) and repairs stale helper
   * lines in place, keeping the undo records exact. The app calls this at start; `patkeeper doctor --fix` too.
   */
  async repairHelpers(): Promise<string[]> {
    this.deps.installHelper?.()
    return repairStaleHelpers(this.deps, await this.staleHelpers())
  }

  /** Times servers refused this token when git used it (recorded by the helper; newest first). */
  rejections(dataDir: string, tokenId: string): GitRejection[] {
    return readRejections(dataDir)
      .filter((r) => r.tokenId === tokenId)
      .reverse()
  }
}

/** The git service for the app and CLI: real git with the process environment, the installed `patkeeper` as helper. */
export const createGitService = (
  deps: { dataDir: string; env: Readonly<Record<string, string | undefined>>; clock: () => Date; emit: Emit },
  metadata: MetadataStore,
  helper: () => HelperLocation = () => installedHelperLocation(deps.dataDir, deps.env),
): GitService =>
  new GitService({ metadata, git: createGitRunner(deps.env), env: deps.env, clock: deps.clock, helper, installHelper: () => void ensureInstalledExecutable(deps.dataDir), emit: deps.emit })

import { randomUUID } from 'node:crypto'
import { chmodSync, readFileSync, realpathSync, statSync } from 'node:fs'
import type { FixRecord, ScanFinding } from '../../shared/domain/health'
import type { HostKind } from '../../shared/domain/hosts'
import { AppError } from '../errors/app-error'
import type { GitRunner } from '../git/git-runner'
import type { GitService } from '../git/git-service'
import type { Importer } from '../import/importer'
import type { Logger } from '../log/logger'
import { writeFileAtomic } from '../metadata/atomic-file'
import type { Vault } from '../vault/vault-types'
import { backupFile, restoreBackup } from './backup'
import type { FixLog } from './fix-log'
import { fixModeOf } from './fix-commands'
import { hostOf } from './host-of'
import { secretHash, type KeptIndex } from './kept-index'
import { parseFile } from './parse-file'
import type { RawFinding } from './raw-finding'
import { findingKey } from './scanner'
import { cleanRemoteUrl } from './sources/git-remotes'
import { parseNetrc, withoutNetrcEntry } from './sources/netrc'

/** The user's choices for one fix (after confirming it). */
export interface FixChoice {
  /** Label for a newly imported token (default: user@host). */
  label?: string
  /** Host kind when the scan could not tell it. */
  host?: HostKind
}

/** What the fixer works with; every part is the app's own service. */
export interface FixerDeps {
  vault: Vault
  importer: Pick<Importer, 'scan' | 'erase'>
  git: Pick<GitService, 'apply' | 'undo'>
  gitRunner: GitRunner
  log: Logger
  clock: () => Date
  fixLog: FixLog
  kept: () => Promise<KeptIndex>
}

/** Reads a finding's entry again from its file (the secret is never kept between scan and action). */
export const rereadFinding = (f: Pick<ScanFinding, 'key' | 'kind' | 'file' | 'repo'>): RawFinding => {
  let text: string
  try {
    text = readFileSync(f.file, 'utf8')
  } catch (error) {
    throw new AppError('not-found', `${f.file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); scan again.`)
  }
  const raw = parseFile(f.kind, f.file, text, f.repo).find((r) => findingKey(r) === f.key)
  if (!raw) throw new AppError('not-found', `That entry is no longer in ${f.file}; scan again. Nothing was changed.`)
  return raw
}

/** Imports the secret (or finds the token already holding it). */
const importSecret = async (deps: FixerDeps, raw: RawFinding, choice: FixChoice): Promise<{ tokenId: string; label: string; created: boolean }> => {
  const kept = (await deps.kept()).get(secretHash(raw.secret))
  if (kept) return { ...kept, created: false }
  const guess = hostOf(raw)
  const host = choice.host ?? guess.host
  if (!host) throw new AppError('invalid-input', `Choose which kind of server ${raw.hostname} is; nothing was changed.`)
  const record = await deps.vault.add({
    host, label: (choice.label ?? `${raw.username || 'token'}@${raw.hostname}`).slice(0, 120), secret: raw.secret,
    ...(raw.username ? { username: raw.username } : {}),
    ...(host === guess.host ? { url: guess.url, ...(guess.org ? { org: guess.org } : {}), ...(guess.region ? { region: guess.region } : {}) } : { url: `${raw.protocol}://${raw.hostname}` }),
  })
  return { tokenId: record.id, label: record.label, created: true }
}

/** Rewrites a remote URL without its credentials through `git config` (the secret never goes in argv). */
const rewriteRemote = async (deps: FixerDeps, raw: RawFinding): Promise<void> => {
  const key = `remote.${raw.remote}.${raw.urlKey}`
  const current = await deps.gitRunner(['config', '--local', '--get-all', key], { cwd: raw.repo! })
  const values = current.stdout.split('\n').filter(Boolean)
  if (values.length !== 1) throw new AppError('invalid-input', `${raw.repo} has ${values.length} values for ${key}; edit that remote by hand. Nothing was changed.`)
  const set = await deps.gitRunner(['config', '--local', key, cleanRemoteUrl(values[0]!)], { cwd: raw.repo! })
  if (set.code !== 0) throw new AppError('git-failed', `git could not rewrite ${key} in ${raw.repo}: ${set.stderr.trim().slice(0, 200)}`)
}

/** Fixes findings after the user confirmed, each with a backup and a record for undo. */
export class PlaintextFixer {
  constructor(private readonly deps: FixerDeps) {}

  /** Applies one fix: import, then (for files PAT Keeper rewrites) backup and rewrite. */
  async apply(finding: Pick<ScanFinding, 'key' | 'kind' | 'file' | 'repo'>, choice: FixChoice = {}): Promise<FixRecord> {
    const raw = rereadFinding(finding)
    const token = await importSecret(this.deps, raw, choice)
    const base = { id: randomUUID(), findingKey: finding.key, kind: raw.kind, file: raw.file, appliedAt: this.deps.clock().toISOString(), gitChangeIds: [] as string[], ...(token.created ? { importedTokenId: token.tokenId } : {}) }
    const where = token.created ? `Imported into the keychain as "${token.label}"` : `Already in PAT Keeper as "${token.label}"`
    if (fixModeOf(raw.kind) === 'command') {
      const record: FixRecord = { ...base, backup: '', message: `${where}. ${raw.file} is the tool's own file: run the commands shown to move it to secure storage.` }
      this.deps.fixLog.add(record)
      return record
    }
    try {
      if (raw.kind === 'git-credentials') {
        const candidate = (await this.deps.importer.scan([raw.file])).find((c) => c.line === raw.line)
        const erased = candidate ? await this.deps.importer.erase(raw.file, [candidate.key]) : null
        if (!erased?.backup) throw new AppError('git-failed', `Could not erase the entry from ${raw.file}; the token is in the keychain, the file was left as it was.`)
        const record: FixRecord = { ...base, backup: erased.backup, message: `${where}. ${erased.message}` }
        this.deps.fixLog.add(record)
        return record
      }
      const backup = backupFile(raw.file, this.deps.clock())
      const record: FixRecord = { ...base, backup, message: '' }
      try {
        if (raw.kind === 'netrc') {
          const text = readFileSync(raw.file, 'utf8')
          const entry = parseNetrc(text).find((e) => e.password === raw.secret && (e.machine ?? '*') === raw.hostname)
          if (!entry) throw new AppError('not-found', `That entry is no longer in ${raw.file}; scan again.`)
          // Dotfile managers link ~/.netrc elsewhere: rewrite the file the link points to, keeping the link.
          const real = realpathSync(raw.file)
          const mode = statSync(real).mode & 0o777
          try {
            writeFileAtomic(real, withoutNetrcEntry(text, entry))
            chmodSync(real, mode)
          } catch (error) {
            throw new AppError('storage-failed', `Could not rewrite ${raw.file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check that you may write it. Nothing was changed.`)
          }
          record.message = `${where}. Removed the ${raw.hostname} entry from ${raw.file}; the old file is at ${backup}: delete it once you are sure.`
        } else {
          await rewriteRemote(this.deps, raw)
          const { change } = await this.deps.git.apply({ token: token.tokenId, scope: 'repo', repoPath: raw.repo! })
          if (change) record.gitChangeIds.push(change.id)
          record.message = `${where}. Remote "${raw.remote}" in ${raw.repo} no longer holds the token; git now asks PAT Keeper. The old config is at ${backup}: delete it once you are sure.`
        }
      } catch (error) {
        restoreBackup(backup, raw.file)
        throw error
      }
      this.deps.fixLog.add(record)
      this.deps.log.info(`health: fixed a plaintext ${raw.kind} entry in ${raw.file}; backup at ${backup}`)
      return record
    } catch (error) {
      if (token.created) await this.deps.vault.remove(token.tokenId).catch(() => undefined)
      throw error
    }
  }

  /** Undoes a fix: git setup reverted, the file's old bytes put back, an imported token removed again. */
  async undo(fixId: string): Promise<FixRecord> {
    const fix = this.deps.fixLog.list().find((f) => f.id === fixId)
    if (!fix) throw new AppError('not-found', 'That fix is not recorded; nothing to undo.')
    if (fix.undoneAt) throw new AppError('conflict', 'That fix was already undone.')
    if (fix.gitChangeIds.length) await this.deps.git.undo(undefined, fix.gitChangeIds)
    if (fix.backup) restoreBackup(fix.backup, fix.file)
    if (fix.importedTokenId) await this.deps.vault.remove(fix.importedTokenId).catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === 'not-found')) throw error
    })
    const done = this.deps.fixLog.update(fix.id, { undoneAt: this.deps.clock().toISOString(), message: `Undone: ${fix.file} is back as it was.` })
    this.deps.log.info(`health: undid a fix of ${fix.file}`)
    return done
  }
}

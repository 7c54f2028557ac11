import { homedir } from 'node:os'
import type { FixRecord, HealthReport, RevokeOutcome, ScanFinding, ScanProgress, ScanReport } from '../../shared/domain/health'
import { healthReport } from '../../shared/health/risk-flags'
import type { ServiceDeps } from '../app/service-deps'
import { AppError } from '../errors/app-error'
import type { GitService } from '../git/git-service'
import { createGitRunner } from '../git/git-runner'
import type { Importer } from '../import/importer'
import type { MetadataStore } from '../metadata/metadata-store'
import type { SecretStore } from '../secrets/secret-store'
import type { Vault } from '../vault/vault-types'
import { createFixLog, type FixLog } from '../scan/fix-log'
import { PlaintextFixer, rereadFinding, type FixChoice } from '../scan/fixer'
import { hostOf } from '../scan/host-of'
import { buildKeptIndex, secretHash } from '../scan/kept-index'
import { scanForPlaintext } from '../scan/scanner'
import { RevokeService, revokeIo } from '../revoke/revoke-service'

/** Parts of the app the health service works through. */
export interface HealthParts {
  vault: Vault
  secrets: SecretStore
  importer: Importer
  git: GitService
  metadata: MetadataStore
}

/**
 * Token health: finds plaintext copies (only when asked, in the folders the user chose), fixes and undoes
 * them. Remembers the last scan's findings so risk flags can count plaintext copies without rescanning.
 */
export class HealthService {
  private readonly fixLog: FixLog
  private readonly fixer: PlaintextFixer
  private readonly revoker: RevokeService
  private last: ScanReport | undefined
  private readonly hashes = new Map<string, { stamp: string; hash: string }>()

  constructor(private readonly deps: Pick<ServiceDeps, 'env' | 'clock' | 'log' | 'redactor' | 'emit' | 'dataDir' | 'fetch' | 'apiOverrides'>, private readonly parts: HealthParts) {
    this.fixLog = createFixLog(deps.dataDir)
    const kept = () => buildKeptIndex(parts.vault, parts.secrets)
    this.revoker = new RevokeService({ vault: parts.vault, log: deps.log, clock: deps.clock, io: revokeIo(deps) })
    this.fixer = new PlaintextFixer({ vault: parts.vault, importer: parts.importer, git: parts.git, gitRunner: createGitRunner(deps.env), log: deps.log, clock: deps.clock, fixLog: this.fixLog, kept })
  }

  /** The user's home as git and the tools see it. */
  private home(): string {
    return this.deps.env.HOME || this.deps.env.USERPROFILE || homedir()
  }

  /** Scans the tool files and the chosen folders, sending `health:scan-progress` while it runs. */
  async scan(folders: string[], options: { toolFiles?: boolean; signal?: AbortSignal; onProgress?: (p: ScanProgress) => void } = {}): Promise<ScanReport> {
    const { onProgress, ...rest } = options
    const { report } = await scanForPlaintext(
      { folders, ...rest, onProgress: (p) => { this.deps.emit('health:scan-progress', p); onProgress?.(p) } },
      { home: this.home(), env: this.deps.env, redactor: this.deps.redactor, kept: () => buildKeptIndex(this.parts.vault, this.parts.secrets) },
    )
    this.last = report
    this.deps.log.info(`health: scan read ${report.filesRead} file(s) in ${report.repositories} repositories; ${report.findings.length} plaintext token(s)`)
    return report
  }

  /** The findings of the last scan in this process (none before a scan). */
  lastFindings(): ScanFinding[] {
    return this.last?.findings ?? []
  }

  /** Fixes one finding of the last scan (the user confirmed it). */
  async fix(key: string, choice: FixChoice = {}): Promise<FixRecord> {
    const finding = this.lastFindings().find((f) => f.key === key)
    if (!finding) throw new AppError('not-found', 'That finding is not in the last scan; scan again.')
    const record = await this.fixer.apply(finding, choice)
    this.deps.emit('tokens:changed', { ids: record.importedTokenId ? [record.importedTokenId] : [] })
    return record
  }

  /** Undoes a fix. */
  async undo(fixId: string): Promise<FixRecord> {
    const record = await this.fixer.undo(fixId)
    this.deps.emit('tokens:changed', { ids: record.importedTokenId ? [record.importedTokenId] : [] })
    return record
  }

  /** SHA-256 of a token's secret, cached per secret version (the secret changes only on add and rotate). */
  private async hashOf(t: { id: string; createdAt: string; rotatedAt?: string }): Promise<string | null> {
    const stamp = t.rotatedAt ?? t.createdAt
    const cached = this.hashes.get(t.id)
    if (cached?.stamp === stamp) return cached.hash
    const secret = await this.parts.secrets.get(t.id).catch(() => null)
    if (!secret) return null
    const hash = secretHash(secret)
    this.hashes.set(t.id, { stamp, hash })
    return hash
  }

  /**
   * Risk flags of every token (or of `ids` only), worst first; plaintext copies come from the last scan of
   * this process, and "stored twice" only with `compareSecrets` (it reads every secret from the keychain).
   * A token's flags depend on its own record, the scan and the settings, so a part of the report equals the
   * same part of the whole one.
   */
  async report(options: { compareSecrets?: boolean; ids?: readonly string[] } = {}): Promise<HealthReport> {
    const { tokens, settings } = await this.parts.metadata.read()
    const byHash = new Map<string, { id: string; label: string }[]>()
    // Only the Health screen and `patkeeper health` read secrets (to find duplicates): lists stay keychain-free.
    for (const t of options.compareSecrets ? tokens : []) {
      const h = await this.hashOf(t)
      if (!h) continue
      byHash.set(h, [...(byHash.get(h) ?? []), { id: t.id, label: t.label }])
    }
    const duplicates: Record<string, string[]> = {}
    for (const group of byHash.values()) for (const t of group) if (group.length > 1) duplicates[t.id] = group.filter((o) => o.id !== t.id).map((o) => o.label)
    const wanted = options.ids && new Set(options.ids)
    const records = wanted ? tokens.filter((t) => wanted.has(t.id)) : tokens
    return healthReport({ records, findings: this.lastFindings(), duplicates, now: this.deps.clock(), rotationAdviceDays: settings.rotationAdviceDays })
  }

  /** Revokes a token on its host; the typed label confirms it. A failure changes nothing. */
  async revoke(tokenId: string, typedLabel: string): Promise<RevokeOutcome> {
    const outcome = await this.revoker.revoke(tokenId, typedLabel)
    if (outcome.revokedAt) this.deps.emit('tokens:changed', { ids: [tokenId] })
    return outcome
  }

  /**
   * Revokes a secret found in plaintext by the last scan; `typedHost` (the finding's host name) confirms it.
   * A secret PAT Keeper keeps is revoked through its token, so the record says so.
   */
  async revokeFinding(key: string, typedHost: string): Promise<RevokeOutcome> {
    const finding = this.lastFindings().find((f) => f.key === key)
    if (!finding) throw new AppError('not-found', 'That finding is not in the last scan; scan again.')
    if (typedHost !== finding.hostname) throw new AppError('invalid-input', `Type the host name "${finding.hostname}" exactly to confirm; nothing was revoked.`)
    if (finding.keptAs) return this.revoke(finding.keptAs.tokenId, finding.keptAs.label)
    const raw = rereadFinding(finding)
    const guess = hostOf(raw)
    if (!guess.host) throw new AppError('invalid-input', `PAT Keeper cannot tell which kind of server ${raw.hostname} is, so it cannot revoke this token; revoke it on the server's token page.`)
    const { host, url, org, region } = guess
    return this.revoker.revokeSecret({ host, url, label: `${raw.username || 'token'}@${raw.hostname}`, ...(org ? { org } : {}), ...(region ? { region } : {}) }, raw.secret)
  }

  /** Fixes made so far, newest first. */
  fixes(): FixRecord[] {
    return this.fixLog.list().reverse()
  }
}

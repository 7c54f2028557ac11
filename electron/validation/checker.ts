import type { CheckResult, TokenRecord } from '../../shared/domain/token'
import { AppError, isAppError } from '../errors/app-error'
import type { Logger } from '../log/logger'
import type { Redactor } from '../log/redact'
import { apiBaseFor, type ApiOverrides } from './api-base'
import { caFileFor } from './ca-files'
import type { ValidationHttp } from './http-client'
import { HOST_NAMES, missingScopesMessage, statusMessage, unreachableMessage } from './messages'
import { findUnreachable } from './network-errors'
import { missingScopes, type RequiredScopes } from './purpose-check'
import { revokedLine } from '../revoke/revoke-service'
import type { GitProbe, HostAnswer, HostValidator, ValidationTarget } from './types'
import { createValidators } from './validators'
import { createResultWriter, type PendingPatches } from './result-writer'

/** Checks run at once; the HTTP client's per-host limiter bounds the network on its own. */
const POOL = 32

/** What a caller of `checkAll` can follow and steer. */
export interface CheckAllOptions {
  /** Each result as it comes in; it is stored within WRITE_EVERY_MS (and before `checkAll` returns). */
  onResult?(id: string, result: CheckResult): void
  /** Asked before each next token: true stops taking new ones (checks already asked finish and are stored). */
  stopped?(): boolean
}

/** What the checker needs from the vault (services.vault); sync or async answers both work. */
export interface VaultPort {
  list(): TokenRecord[] | Promise<TokenRecord[]>
  find(id: string): TokenRecord | undefined | Promise<TokenRecord | undefined>
  update(id: string, patch: Partial<TokenRecord>): unknown
  /** Many results in one write (services.vault has it); without it each result is written on its own. */
  updateMany?(patches: PendingPatches): Promise<string[]>
  readSecret(id: string): Promise<string>
}

/** The checker's dependencies. */
export interface CheckerDeps {
  vault: () => VaultPort
  http: ValidationHttp
  git: GitProbe
  clock: () => Date
  log: Logger
  redactor: Redactor
  dataDir: string
  overrides?: ApiOverrides
  requiredScopes: RequiredScopes
  /** Called with the ids whose stored check changed. */
  onChecked?: (ids: string[]) => void
}

/** A token to check before it is saved (the wizard's draft). */
export type DraftTarget = ValidationTarget & { secret: string }

/** Checks tokens against their hosts; `checkToken` and `checkAll` store the result, `checkDraft` does not. */
export class TokenChecker {
  private readonly validators: Record<ValidationTarget['host'], HostValidator>
  private readonly writers = new Set<ReturnType<typeof createResultWriter>>()

  constructor(private readonly deps: CheckerDeps) {
    this.validators = createValidators(deps.overrides ?? {})
  }

  /** Checks one stored token and stores the result (status, identity, scopes, host expiry). */
  async checkToken(id: string): Promise<CheckResult> {
    const vault = this.deps.vault()
    const record = await vault.find(id)
    if (!record) throw new AppError('not-found', 'That token no longer exists; reload the list.')
    const secret = await vault.readSecret(id)
    const result = await this.check(record, secret, record.expiresAt)
    await vault.update(id, patchFor(record, result))
    this.deps.onChecked?.([id])
    return result
  }

  /**
   * Checks many stored tokens (all when `ids` is absent); one bad token or host never stops the rest.
   * Results are written in batches (one metadata write per WRITE_EVERY_MS, not one per token); `flush()`
   * writes what waits, so a quit in the middle keeps every result already reported.
   */
  async checkAll(ids?: string[], options: CheckAllOptions = {}): Promise<Record<string, CheckResult>> {
    const vault = this.deps.vault()
    const all = await vault.list() // one read of the file, not one per id
    const byId = new Map(all.map((r) => [r.id, r]))
    const queue = ids ? ids.map((id) => byId.get(id)).filter((r): r is TokenRecord => Boolean(r)) : [...all]
    const out: Record<string, CheckResult> = {}
    const writer = createResultWriter(async (patches) => {
      const written = vault.updateMany ? await vault.updateMany(patches) : await writeEach(vault, patches)
      if (written.length) this.deps.onChecked?.(written)
    })
    this.writers.add(writer)
    let failed = false
    const worker = async () => {
      for (let record = queue.shift(); record && !failed && !options.stopped?.(); record = queue.shift()) {
        try {
          const secret = await vault.readSecret(record.id)
          out[record.id] = await this.check(record, secret, record.expiresAt)
          writer.add(record.id, patchFor(record, out[record.id]!))
        } catch (error) {
          // A keychain problem is nobody's token's fault: stop and say so (the caller shows the message).
          if (!isAppError(error) || error.code.startsWith('keychain-')) {
            failed = true
            throw error
          }
          out[record.id] = this.result({ status: 'invalid', message: error.message })
        }
        options.onResult?.(record.id, out[record.id]!)
      }
    }
    try {
      await Promise.all(Array.from({ length: Math.min(POOL, queue.length) }, worker))
    } finally {
      this.writers.delete(writer)
      await writer.flush() // results already reported are stored even when a keychain error stopped the run
    }
    return out
  }

  /** Writes every check result still waiting (the app calls this before it quits). */
  async flush(): Promise<void> {
    await Promise.all([...this.writers].map((w) => w.flush()))
  }

  /** Checks a token that is not saved; nothing is stored. */
  async checkDraft(draft: DraftTarget): Promise<CheckResult> {
    const { secret, ...target } = draft
    return this.check(target, secret, undefined)
  }

  /** Closes pooled connections (the CLI calls this so the process can exit at once). */
  close(): Promise<void> {
    return this.deps.http.close()
  }

  /** Asks the host, then compares with what the purpose needs. Throws AppError only for unusable input. */
  async check(target: ValidationTarget, secret: string, knownExpiry: string | null | undefined): Promise<CheckResult> {
    this.deps.redactor.remember(secret)
    const hostName = HOST_NAMES[target.host]
    const apiBase = apiBaseFor(target, hostName, this.deps.overrides)
    const http = this.deps.http
    const caFile = target.url ? caFileFor(this.deps.dataDir, target.url) : undefined
    let answer: HostAnswer
    try {
      answer = await this.validators[target.host]({
        target,
        secret,
        apiBase,
        fetch: http.fetchFor(caFile),
        timeoutMs: http.options.timeoutMs,
        maxAttempts: 2,
        git: this.deps.git,
        clock: this.deps.clock,
        hostName,
        limit: (host, task) => http.limiter.run(host, task),
      })
    } catch (error) {
      if (isAppError(error)) throw error
      const unreachable = findUnreachable(error)
      if (unreachable) {
        answer = { status: 'unreachable', message: unreachableMessage(unreachable.kind, hostName, unreachable.host, unreachable.timeoutMs) }
      } else {
        this.deps.log.error(`validation: ${target.host} check failed unexpectedly`, error)
        answer = { status: 'host-error', message: `PAT Keeper could not understand ${hostName}'s answer; try again later (details are in the log).` }
      }
    }
    if (answer.status === 'invalid' && knownExpiry && Date.parse(knownExpiry) <= this.deps.clock().getTime()) {
      // Hosts answer "bad credentials" for expired tokens too; the date the user gave tells them apart.
      answer = { ...answer, status: 'expired', message: statusMessage('expired', hostName) }
    }
    if (answer.status === 'invalid' && target.revokedAt) {
      // GitHub answers "Bad credentials" for revoked tokens too; PAT Keeper's own revoke record tells them apart.
      answer = { ...answer, status: 'revoked', message: `${statusMessage('revoked', hostName)} (${revokedLine(target.revokedAt)})` }
    }
    const missing = answer.status === 'valid' ? missingScopes(target.host, target.purpose, answer.scopes, this.deps.requiredScopes, answer.tokenType) : []
    if (missing.length > 0) answer = { ...answer, status: 'missing-scopes', missingScopes: missing, message: missingScopesMessage(target.host, missing) }
    return this.result(answer, hostName)
  }

  private result(answer: HostAnswer, hostName = 'The host'): CheckResult {
    const message = this.deps.redactor.redact(answer.message ?? statusMessage(answer.status, hostName, answer.identity))
    const result: CheckResult = { status: answer.status, checkedAt: this.deps.clock().toISOString(), message }
    if (answer.identity && Object.values(answer.identity).some(Boolean)) result.identity = stripEmpty(answer.identity)
    if (answer.scopes) result.scopes = answer.scopes
    if (answer.missingScopes?.length) result.missingScopes = answer.missingScopes
    if (answer.expiresAt !== undefined) result.expiresAt = answer.expiresAt
    if (answer.tokenType) result.tokenType = answer.tokenType
    if (answer.lastUsedAt !== undefined) result.lastUsedAt = answer.lastUsedAt
    if (answer.note) result.note = this.deps.redactor.redact(answer.note)
    return result
  }
}

/** Without `updateMany`: one write per result; a token removed meanwhile is skipped. */
const writeEach = async (vault: VaultPort, patches: PendingPatches): Promise<string[]> => {
  const written: string[] = []
  for (const [id, patch] of patches) if (await Promise.resolve(vault.update(id, patch)).then(() => true, () => false)) written.push(id)
  return written
}

const stripEmpty = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T

/** What a check changes on the stored record: the last check always; host facts only when the host said them. */
export const patchFor = (record: TokenRecord, result: CheckResult): Partial<TokenRecord> => {
  const patch: Partial<TokenRecord> = { lastCheck: result }
  const accepted = result.status === 'valid' || result.status === 'missing-scopes' || result.status === 'pending-approval'
  if (!accepted) return patch
  if (result.scopes) patch.scopes = result.scopes
  if (result.tokenType) patch.tokenType = result.tokenType
  if (result.expiresAt !== undefined) {
    patch.expiresAt = result.expiresAt
    patch.expirySource = 'host'
  }
  if (!record.username && result.identity?.login && record.host !== 'codecommit') patch.username = result.identity.login
  if (!record.email && result.identity?.email) patch.email = result.identity.email
  return patch
}

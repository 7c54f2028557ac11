import type { RevokeOutcome } from '../../shared/domain/health'
import { AppError } from '../errors/app-error'
import type { Logger } from '../log/logger'
import type { Vault } from '../vault/vault-types'
import { revokeOnHost, type RevokeIo } from './host-revoke'
import type { ApiOverrides } from '../validation/api-base'
import type { TokenRecord } from '../../shared/domain/token'

/** How revoke reaches hosts from the app's dependencies (its fetch and clock; test-only API roots). */
export const revokeIo = (deps: { fetch: typeof fetch; clock: () => Date; apiOverrides?: ApiOverrides }): RevokeIo => ({ fetch: deps.fetch, clock: deps.clock, ...(deps.apiOverrides ? { overrides: deps.apiOverrides } : {}) })

/** The line a revoked record carries, e.g. "Revoked on 2026-12-01 by PAT Keeper." */
export const revokedLine = (at: string): string => `Revoked on ${at.slice(0, 10)} by PAT Keeper.`

/**
 * Revoke on the host, only by an explicit action with the token's label typed back. A successful revoke
 * records "revoked on <date> by PAT Keeper" (the secret stays in the keychain until the user removes the
 * token, so nothing is lost if the host only queued the request); a failed one changes nothing.
 */
export class RevokeService {
  constructor(private readonly deps: { vault: Vault; io: RevokeIo; log: Logger; clock: () => Date }) {}

  /** Revokes a secret PAT Keeper does not keep (found in plaintext, or the old one after a renewal); nothing is recorded. */
  async revokeSecret(target: Pick<TokenRecord, 'host' | 'url' | 'org' | 'region' | 'label'> & Partial<Pick<TokenRecord, 'collection' | 'tokenType'>>, secret: string): Promise<RevokeOutcome> {
    const answer = await revokeOnHost(target, secret, this.deps.io)
    this.deps.log.info(`revoke: a secret not kept in the vault, on ${target.host}: ${answer.status}`)
    return { ok: answer.status === 'revoked' || answer.status === 'accepted', ...answer }
  }

  /** Revokes one stored token; `typedLabel` must be its label exactly (the confirmation). */
  async revoke(tokenId: string, typedLabel: string): Promise<RevokeOutcome> {
    const record = await this.deps.vault.find(tokenId)
    if (typedLabel !== record.label) throw new AppError('invalid-input', `Type the token's label "${record.label}" exactly to confirm; nothing was revoked.`)
    if (record.revokedAt) return { ok: true, status: 'revoked', message: revokedLine(record.revokedAt), revokedAt: record.revokedAt }
    const secret = await this.deps.vault.readSecret(record.id)
    const answer = await revokeOnHost(record, secret, this.deps.io)
    if (answer.status !== 'revoked' && answer.status !== 'accepted') {
      this.deps.log.info(`revoke: ${record.host} did not revoke token ${record.id} (${answer.status})`)
      return { ok: false, ...answer }
    }
    const at = this.deps.clock().toISOString()
    await this.deps.vault.update(record.id, { revokedAt: at, lastCheck: { status: 'revoked', checkedAt: at, message: revokedLine(at) } })
    this.deps.log.info(`revoke: token ${record.id} revoked on ${record.host}`)
    return { ok: true, ...answer, message: `${answer.message} ${revokedLine(at)} Remove it from PAT Keeper when you no longer need the record.`, revokedAt: at }
  }
}

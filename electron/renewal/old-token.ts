import type { RevokeOutcome } from '../../shared/domain/health'
import type { OldTokenOffer } from '../../shared/domain/renewal'
import type { TokenRecord } from '../../shared/domain/token'
import { hostSpec } from '../../shared/hosts/catalog'
import { AppError } from '../errors/app-error'
import type { Logger } from '../log/logger'
import { canRevokeItself, NO_SELF_REVOKE } from '../revoke/host-revoke'
import { manualRevokePage } from '../revoke/manual-page'
import type { RevokeService } from '../revoke/revoke-service'

/** What GitLab's rotation leaves: the old token is already gone (GitLab docs, "Rotate a personal access token"). */
export const ROTATED_OLD_TOKEN: OldTokenOffer = {
  how: 'already-revoked',
  message: 'GitLab revoked the old token when it issued the new one, so there is nothing left to revoke.',
}

/**
 * The old secret after a swap, held in main's memory only (never the renderer, never a file) until the user
 * revokes it, keeps it, or leaves the renewal screen; quitting the app drops it too.
 */
export class OldTokens {
  private readonly held = new Map<string, { secret: string; record: TokenRecord }>()

  constructor(private readonly deps: { revoker: RevokeService; log: Logger }) {}

  /** Holds the old secret where the host can revoke it, and says what can be done about the old token. */
  offer(record: TokenRecord, oldSecret: string | undefined): OldTokenOffer {
    const host = hostSpec(record.host).displayName
    const manualUrl = manualRevokePage(record)
    if (!canRevokeItself(record.host)) return { how: 'by-hand', message: `${NO_SELF_REVOKE.replace('This host', host)} The old token keeps working until it expires: revoke it by hand on the page below (it is the older of the two named "${record.label}").`, manualUrl }
    if (!oldSecret) return { how: 'by-hand', message: `PAT Keeper could not read the old token from the keychain, so it cannot revoke it on ${host}. Revoke it by hand on the page below (the older of the two named "${record.label}").`, manualUrl }
    this.held.set(record.id, { secret: oldSecret, record })
    return { how: 'api', message: `The old token still works on ${host}. Revoke it now so a forgotten copy cannot be used.`, manualUrl }
  }

  /** Revokes the held old token; `typedLabel` must be the token's label. A failed revoke keeps it held for a retry. */
  async revoke(tokenId: string, typedLabel: string): Promise<RevokeOutcome> {
    const entry = this.held.get(tokenId)
    if (!entry) throw new AppError('not-found', 'PAT Keeper no longer holds the old token (it forgets it when you leave the renewal screen). Revoke it by hand on the host\'s token page.')
    if (typedLabel !== entry.record.label) throw new AppError('invalid-input', `Type the token's label "${entry.record.label}" exactly to confirm; nothing was revoked.`)
    const outcome = await this.deps.revoker.revokeSecret({ ...entry.record, label: `${entry.record.label} (old token)` }, entry.secret)
    if (outcome.ok) this.held.delete(tokenId)
    this.deps.log.info(`renewal: old token of ${tokenId}: ${outcome.status}`)
    return outcome
  }

  /** Forgets the held old secret (the user keeps the old token, or left the screen). */
  forget(tokenId: string): { forgotten: boolean } {
    return { forgotten: this.held.delete(tokenId) }
  }

  /** Whether an old secret is held for this token (tests and the plan). */
  holds(tokenId: string): boolean {
    return this.held.has(tokenId)
  }
}

import { DAY_MS, expiryInstant } from '../../shared/domain/expiry'
import { hostSpec, normalizeHostLocation, requiredScopes, tokenPageUrl } from '../../shared/hosts/catalog'
import { REFUSED_STATUSES, toTokenView, type CheckResult, type TokenRecord, type TokenView } from '../../shared/domain/token'
import type { ServiceDeps } from '../app/service-deps'
import { AppError } from '../errors/app-error'
import { openExternalChecked, type ExternalLinkPolicy } from '../security/external-links'
import type { TokenChecker } from '../validation'
import type { Vault } from '../vault/vault'
import { accountOf, compareAccounts, lostScopes } from './compare'
import { canSelfRotate, rotateGitlabToken } from './gitlab-rotate'
import type { RenewalOutcome, RenewalPlan } from './types'
import type { RevokeOutcome } from '../../shared/domain/health'
import type { RevokeService } from '../revoke/revoke-service'
import { OldTokens, ROTATED_OLD_TOKEN } from './old-token'
import { hostTokenName } from './host-token-name'

const UNCONFIRMED = new Set(['unreachable', 'rate-limited', 'host-error'])
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The renewal flow's main side: plan, open the host's page, take and check the new token, swap, tick off. */
export class RenewalService {
  /** New GitLab tokens the keychain refused after GitLab had already revoked the old one (memory only). */
  private readonly rescued = new Map<string, { secret: string; expiresAt: string | null; scopes?: string[] }>()

  /** Token names the host reported when the renewal screen opened (the page is pre-filled with them). */
  private readonly namesOnHost = new Map<string, string>()
  /** Old secrets after a swap, until the user revokes or keeps them, or leaves the screen (memory only). */
  private readonly oldTokens: OldTokens

  constructor(private readonly deps: ServiceDeps, private readonly ports: { vault: Vault; checker: TokenChecker; links: ExternalLinkPolicy; revoker: RevokeService }) {
    this.oldTokens = new OldTokens({ revoker: ports.revoker, log: deps.log })
  }

  /** Everything the renewal screen shows first. */
  async plan(idOrLabel: string): Promise<RenewalPlan> {
    const record = await this.ports.vault.find(idOrLabel)
    this.oldTokens.forget(record.id) // a fresh renewal screen: an old secret from an earlier visit is dropped
    const spec = hostSpec(record.host)
    const named = await hostTokenName(record, () => this.ports.vault.readSecret(record.id), { fetch: this.deps.fetch, overrides: this.deps.apiOverrides })
    if (named.reported) this.namesOnHost.set(record.id, named.name)
    return {
      token: toTokenView(record),
      tokenName: named.reported ? named.name : record.label,
      hostTokenName: named,
      scopes: record.scopes.length > 0 ? record.scopes : record.purpose ? requiredScopes(record.host, record.purpose, record.tokenType) : [],
      tokenPageUrl: this.pageUrl(record),
      canSelfRotate: canSelfRotate(record),
      hostReportsExpiry: spec.lifetime.hostReportsExpiry,
      suggestedExpiry: this.suggestedExpiry(record),
      account: accountOf(record) ?? null,
    }
  }

  /** Opens the host's token page pre-filled with the old token's name and purpose. */
  async openTokenPage(id: string): Promise<{ url: string }> {
    const record = await this.ports.vault.find(id)
    const url = this.pageUrl(record)
    if (!url) throw new AppError('invalid-input', 'PAT Keeper does not know this host\'s address; edit the token\'s host URL first.')
    if (!hostSpec(record.host).defaultUrl) this.ports.links.allowExactUrl(url) // the user's own host, this page only
    await openExternalChecked(url, this.ports.links, this.deps.openExternal)
    return { url }
  }

  /**
   * Takes the new token: checks it with the host, requires the same account, warns when scopes shrink (and
   * then swaps only with `confirmScopeLoss`), and swaps it into the keychain keeping notes and git bindings.
   */
  async submit(id: string, secret: string, options: { confirmScopeLoss?: boolean; expiresAt?: string | null } = {}): Promise<RenewalOutcome> {
    const record = await this.ports.vault.find(id)
    const { label: _label, ...target } = record
    const check = await this.ports.checker.checkDraft({ ...target, secret })
    if (REFUSED_STATUSES.has(check.status)) throw new AppError('invalid-input', `${check.message} The old token is still in place.`)
    if (UNCONFIRMED.has(check.status)) throw new AppError('host-error', `${check.message} Nothing was changed; try again when the host answers.`)
    const warnings: string[] = []
    const account = compareAccounts(record, check)
    if (account.verdict === 'mismatch') {
      throw new AppError('conflict', `The new token belongs to ${account.after}, but "${record.label}" was ${account.before}'s. Create the new token while signed in as ${account.before}, or add it as a separate token. Nothing was changed.`)
    }
    if (account.verdict === 'unknown') warnings.push(account.before ? 'The host did not say whose the new token is, so PAT Keeper could not confirm it is the same account.' : 'The old token was never checked, so PAT Keeper could not confirm the new one is for the same account.')
    if (check.status === 'missing-scopes') warnings.push(check.message)
    const lost = lostScopes(record.scopes, check)
    if (lost.length > 0) warnings.push(`The new token lacks ${lost.join(', ')}, which the old one had. Tools that relied on ${lost.length === 1 ? 'it' : 'them'} may stop working.`)
    if (lost.length > 0 && !options.confirmScopeLoss) return { status: 'needs-confirmation', token: toTokenView(record), check, warnings, lostScopes: lost }
    const expiry = this.expiryFor(check, options.expiresAt)
    if (expiry.expiresAt === null && !hostSpec(record.host).lifetime.hostReportsExpiry) warnings.push('No expiry date was given for the new token, so PAT Keeper cannot warn before it expires.')
    // Read before the swap replaces it; a keychain that refuses only means no one-click revoke (the page instead).
    const oldSecret = await this.ports.vault.readSecret(record.id).catch(() => undefined)
    if (oldSecret === secret) warnings.push('This is the same token as before, so nothing was renewed: create a new token on the host and paste that one.')
    const swapped = await this.ports.vault.rotate(record.id, secret, { ...expiry, lastCheck: check, scopes: check.scopes ?? record.scopes, ...(check.tokenType ? { tokenType: check.tokenType } : {}) })
    this.deps.log.info(`renewal: swapped the secret of ${record.id}`)
    const oldToken = oldSecret === secret ? undefined : this.oldTokens.offer(record, oldSecret)
    return { status: 'swapped', token: toTokenView(swapped), check, warnings, lostScopes: lost, ...(oldToken ? { oldToken } : {}) }
  }

  /** Revokes the old token held since the swap; the typed label confirms it. A failure changes nothing. */
  revokeOld(id: string, typedLabel: string): Promise<RevokeOutcome> {
    return this.oldTokens.revoke(id, typedLabel)
  }

  /** Forgets the old token's secret (kept by the user, or the screen was left). */
  forgetOld(id: string): Promise<{ forgotten: boolean }> {
    return Promise.resolve(this.oldTokens.forget(id))
  }

  /** GitLab one-click rotation: the token rotates itself; GitLab revokes the old one at once. */
  async selfRotate(id: string, options: { expiresAt?: string } = {}): Promise<RenewalOutcome> {
    const record = await this.ports.vault.find(id)
    if (!canSelfRotate(record)) throw new AppError('not-allowed', 'Only GitLab tokens with the api or self_rotate scope can rotate themselves. Create a new token on the host instead.')
    const expiresAt = options.expiresAt ?? this.suggestedExpiry(record) ?? ymd(this.deps.clock().getTime() + 30 * DAY_MS)
    const old = await this.ports.vault.readSecret(record.id) // fails clearly (locked keychain) before GitLab revokes anything
    const rotation = await rotateGitlabToken(record, old, expiresAt, { fetch: this.deps.fetch, overrides: this.deps.apiOverrides })
    this.deps.redactor.remember(rotation.token)
    this.rescued.set(record.id, { secret: rotation.token, expiresAt: rotation.expiresAt, scopes: rotation.scopes })
    return this.saveRescued(record.id)
  }

  /** Retries storing a self-rotated token the keychain refused (kept in memory until the app quits). */
  async saveRescued(id: string): Promise<RenewalOutcome> {
    const held = this.rescued.get(id)
    if (!held) throw new AppError('not-found', 'There is no rotated token waiting to be saved for this token.')
    try {
      await this.ports.vault.rotate(id, held.secret, { expiresAt: held.expiresAt, expirySource: 'host', ...(held.scopes ? { scopes: held.scopes } : {}) })
    } catch (error) {
      const why = error instanceof AppError ? error.message : 'the keychain refused it.'
      throw new AppError('storage-failed', `GitLab issued a new token and revoked the old one, but it could not be stored: ${why} PAT Keeper keeps the new token in memory until you quit: fix the keychain, then press "Retry saving".`, { cause: error })
    }
    this.rescued.delete(id)
    let check: CheckResult = { status: 'valid', checkedAt: this.deps.clock().toISOString(), message: 'GitLab rotated the token.' }
    try {
      check = await this.ports.checker.checkToken(id)
    } catch (error) {
      this.deps.log.warn(`renewal: check after rotation failed (${error instanceof Error ? error.message : 'error'})`)
    }
    return { status: 'swapped', token: toTokenView(await this.ports.vault.find(id)), check, warnings: [], lostScopes: [], oldToken: ROTATED_OLD_TOKEN }
  }

  /** Ticks a "used in" place off (or back on) after the user updated it with the new token. */
  async tick(id: string, noteId: string, done: boolean): Promise<TokenView> {
    const record = await this.ports.vault.find(id)
    if (!record.usedIn.some((n) => n.id === noteId)) throw new AppError('not-found', 'That place is no longer in the list; reload the screen.')
    const at = this.deps.clock().toISOString()
    const usedIn = record.usedIn.map((n) => {
      if (n.id !== noteId) return n
      const { updatedAt: _old, ...rest } = n
      return done ? { ...rest, updatedAt: at } : rest
    })
    return toTokenView(await this.ports.vault.update(id, { usedIn }))
  }

  private pageUrl(record: TokenRecord): string | null {
    const location = normalizeHostLocation(record.host, record)
    if (!location.ok) return null
    const tokenName = this.namesOnHost.get(record.id) ?? record.label
    return tokenPageUrl({ kind: record.host, location: location.value, purpose: record.purpose ?? 'write', tokenName, tokenType: record.tokenType, description: `${record.label} (renewed with PAT Keeper)` })
  }

  /**
   * Today + the old secret's lifetime when PAT Keeper saw it start (a previous renewal), clamped to the host's
   * maximum; otherwise the host's default lifetime (a record's creation date is when it was added here, not
   * when the host issued it), else 90 days.
   */
  private suggestedExpiry(record: TokenRecord): string | null {
    const { maxDays, defaultDays } = hostSpec(record.host).lifetime
    const expiry = expiryInstant(record.expiresAt)
    const since = record.rotatedAt ? Date.parse(record.rotatedAt) : NaN
    const lifetime = expiry && Number.isFinite(since) ? Math.round((expiry.getTime() - since) / DAY_MS) : (defaultDays ?? 90)
    if (!lifetime || lifetime <= 0) return null
    const days = Math.max(7, Math.min(lifetime, maxDays ?? lifetime))
    return ymd(this.deps.clock().getTime() + days * DAY_MS)
  }

  private expiryFor(check: CheckResult, given: string | null | undefined): { expiresAt: string | null; expirySource: 'host' | 'user' | null } {
    if (check.expiresAt !== undefined) return { expiresAt: check.expiresAt, expirySource: 'host' }
    if (given) return { expiresAt: given, expirySource: 'user' }
    return { expiresAt: null, expirySource: null }
  }
}

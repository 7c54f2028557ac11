import { DAY_MS, type ExpiryOverview, type TokenExpiry } from '../../shared/domain/expiry'
import type { ServiceDeps } from '../app/service-deps'
import { exportOverview, type ExportFile, type ExportFormat } from '../export/export'
import type { MetadataStore } from '../metadata/metadata-store'
import type { Vault } from '../vault/vault'
import { evaluateExpiry, type EngineResult } from './engine'
import { currentHistory, snoozeHistory } from './history'

/** Longest snooze: a week (a longer one would hide a 7-day warning entirely). */
export const MAX_SNOOZE_HOURS = 24 * 7

/** The expiry watch over the stored tokens: the engine run on real data, snooze and export. */
export class ExpiryService {
  constructor(private readonly deps: Pick<ServiceDeps, 'clock' | 'log'>, private readonly ports: { vault: Vault; metadata: MetadataStore }) {}

  /** Runs the engine on the stored tokens with the user's settings. */
  async evaluate(): Promise<EngineResult> {
    const [records, doc] = await Promise.all([this.ports.vault.list(), this.ports.metadata.read()])
    return evaluateExpiry(records, this.deps.clock(), doc.settings)
  }

  /** What the timeline, tray and CLI show (no alert bookkeeping). */
  async overview(): Promise<ExpiryOverview> {
    const { due: _due, nextAlerts: _next, nextChangeAt: _at, ...overview } = await this.evaluate()
    return overview
  }

  /** Tokens that expire within `days` (expired ones included), soonest first. */
  async expiring(days: number): Promise<TokenExpiry[]> {
    const overview = await this.overview()
    return overview.tokens.filter((t) => t.msLeft !== null && t.msLeft <= days * DAY_MS).sort((a, b) => a.msLeft! - b.msLeft!)
  }

  /**
   * Snoozes a token's alerts for `hours`; the most recent alert shown comes back when the snooze ends (if it
   * still applies). `hours` 0 ends a snooze.
   */
  async snooze(id: string, hours: number): Promise<TokenExpiry> {
    const record = await this.ports.vault.find(id)
    const history = currentHistory(record)
    const now = this.deps.clock().getTime()
    const alerts = hours <= 0 ? { ...history, snoozedUntil: undefined } : snoozeHistory(record, new Date(now + Math.min(hours, MAX_SNOOZE_HOURS) * 3_600_000), history.sent.slice(-1))
    if (alerts.snoozedUntil === undefined) delete alerts.snoozedUntil
    await this.ports.vault.update(record.id, { alerts })
    const token = (await this.overview()).tokens.find((t) => t.id === record.id)
    if (!token) throw new Error('snoozed token vanished')
    return token
  }

  /** The overview as .ics, json or csv; only the given tokens when ids are given (the list's selection). */
  async export(format: ExportFormat, ids?: readonly string[]): Promise<ExportFile> {
    const overview = await this.overview()
    if (!ids) return exportOverview(overview, format)
    const wanted = new Set(ids)
    return exportOverview({ ...overview, tokens: overview.tokens.filter((t) => wanted.has(t.id)) }, format)
  }
}

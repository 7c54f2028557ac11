import type { Settings } from '../../shared/domain/settings'
import type { AlertState, TokenRecord } from '../../shared/domain/token'
import type { Logger } from '../log/logger'
import { evaluateExpiry, type EngineResult } from './engine'

/** Timer functions, injected so tests drive time by hand (no module mocking). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** What the scheduler works with; main wires these to the vault, the checker, the tray and notifications. */
export interface SchedulerDeps {
  clock: () => Date
  timers: Timers
  load(): Promise<{ records: TokenRecord[]; settings: Settings }>
  saveAlerts(id: string, alerts: AlertState): Promise<void>
  /** Re-validates these tokens against their hosts (services.checker.checkAll). */
  recheck(ids: string[]): Promise<unknown>
  /** Shows the alerts whose history was stored. */
  deliver(result: EngineResult, due: EngineResult['due']): void
  /** Every run's result: tray, renderer event. */
  onResult?(result: EngineResult): void
  log: Logger
}

/** Why the engine runs. */
export type RunReason = 'start' | 'hourly' | 'token-changed' | 'resume' | 'manual'

/** Longest wait between runs. */
export const HOUR_MS = 3_600_000
/** Quiet time after a token change before running (changes come in bursts). */
export const CHANGE_DEBOUNCE_MS = 1_500

/** Tokens whose last check is older than the cadence (or missing): the background re-validation's list. */
export const dueForRecheck = (records: readonly TokenRecord[], now: Date, intervalHours: number): string[] =>
  records
    .filter((r) => {
      const at = r.lastCheck ? Date.parse(r.lastCheck.checkedAt) : NaN
      // Never checked, unreadable, older than the cadence, or dated in the future (the clock ran ahead then).
      return !Number.isFinite(at) || at > now.getTime() || now.getTime() - at >= intervalHours * HOUR_MS
    })
    .map((r) => r.id)

/**
 * Runs the expiry engine at start, every hour (sooner when a threshold is crossed before then), after a token
 * changes and on resume from sleep; re-validates tokens in the background when their last check is older than
 * `settings.recheckIntervalHours`. Alert history is stored before an alert is shown, so an alert is never
 * shown twice; if storing fails the alert waits for the next run.
 */
export class ExpiryScheduler {
  private timer: unknown
  private debounce: unknown
  private running: Promise<void> | null = null
  private again: RunReason | null = null
  private stopped = true

  constructor(private readonly deps: SchedulerDeps) {}

  /** Starts watching: runs at once. */
  start(): Promise<void> {
    this.stopped = false
    return this.run('start')
  }

  /** Stops every timer. */
  stop(): void {
    this.stopped = true
    this.deps.timers.clearTimeout(this.timer)
    this.deps.timers.clearTimeout(this.debounce)
  }

  /** A token was added, changed or removed: run soon (debounced). */
  tokenChanged(): void {
    if (this.stopped) return
    this.deps.timers.clearTimeout(this.debounce)
    this.debounce = this.deps.timers.setTimeout(() => void this.run('token-changed'), CHANGE_DEBOUNCE_MS)
  }

  /** The computer woke up: time jumped, run now (with re-validation). */
  resumed(): Promise<void> {
    return this.run('resume')
  }

  /** Runs once now; overlapping requests are merged into one follow-up run. */
  run(reason: RunReason): Promise<void> {
    if (this.running) {
      this.again = reason === 'token-changed' && this.again ? this.again : reason
      return this.running
    }
    this.running = this.once(reason)
      .catch((error) => this.deps.log.error(`expiry: run (${reason}) failed`, error))
      .finally(() => {
        this.running = null
        const next = this.again
        this.again = null
        if (next && !this.stopped) void this.run(next)
      })
    return this.running
  }

  private async once(reason: RunReason): Promise<void> {
    const { deps } = this
    let { records, settings } = await deps.load()
    if (reason !== 'token-changed') {
      const ids = dueForRecheck(records, deps.clock(), settings.recheckIntervalHours)
      if (ids.length > 0) {
        try {
          await deps.recheck(ids)
        } catch (error) {
          deps.log.warn(`expiry: background re-check failed (${error instanceof Error ? error.message : 'error'})`)
        }
        ;({ records, settings } = await deps.load())
      }
    }
    const now = deps.clock()
    const result = evaluateExpiry(records, now, settings)
    const stored = new Set<string>()
    for (const [id, alerts] of Object.entries(result.nextAlerts)) {
      try {
        await deps.saveAlerts(id, alerts)
        stored.add(id)
      } catch (error) {
        deps.log.warn(`expiry: could not store alert history for ${id}; its alerts wait for the next run (${error instanceof Error ? error.message : 'error'})`)
      }
    }
    const due = result.due.filter((a) => stored.has(a.tokenId))
    if (due.length > 0) deps.deliver(result, due)
    deps.onResult?.(result)
    this.scheduleNext(result, now)
  }

  private scheduleNext(result: EngineResult, now: Date): void {
    if (this.stopped) return
    this.deps.timers.clearTimeout(this.timer)
    const untilChange = result.nextChangeAt ? Date.parse(result.nextChangeAt) - now.getTime() + 1_000 : HOUR_MS
    const wait = Math.max(1_000, Math.min(HOUR_MS, untilChange))
    this.timer = this.deps.timers.setTimeout(() => void this.run('hourly'), wait)
  }
}

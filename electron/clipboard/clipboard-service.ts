import { createHash } from 'node:crypto'
import type { CopyResult } from '../../shared/domain/git'
import { AppError } from '../errors/app-error'
import type { ClipboardPort } from './clipboard-port'

/** Timers as a dependency, so tests run the countdown without waiting. */
export interface TimerPort {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
}

/** Real timers; unref'd so a pending clear never keeps a process alive. */
export const realTimers: TimerPort = {
  set: (run, ms) => {
    const t = setTimeout(run, ms)
    t.unref?.()
    return t
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
}


/** Dependencies of the clipboard service. */
export interface ClipboardServiceDeps {
  /** Seconds after which a copied secret is cleared (settings.clipboardClearSeconds, default 30); 0 = never. */
  clearSeconds: () => Promise<number> | number
  clock: () => Date
  timers?: TimerPort
}

// Only a hash of the copied secret is kept for the "is it still ours?" check.
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * Copies for the user. A secret is written concealed and cleared after the configured time only if the
 * clipboard still holds it (the user may have copied something else meanwhile: that is never wiped).
 */
export class ClipboardService {
  private port: ClipboardPort | undefined
  private pending: { handle: unknown; hash: string } | undefined
  private readonly timers: TimerPort

  constructor(private readonly deps: ClipboardServiceDeps) {
    this.timers = deps.timers ?? realTimers
  }

  /** Connects the platform clipboard (Electron's in main; tests pass a local one). */
  attach(port: ClipboardPort): void {
    this.port = port
  }

  private need(): ClipboardPort {
    if (!this.port) throw new AppError('not-allowed', 'Copying needs the PAT Keeper window; from a terminal use "git-credential-patkeeper" through git instead.')
    return this.port
  }

  /** Copies a secret: concealed, and cleared after the configured seconds if still on the clipboard. */
  async copySecret(secret: string): Promise<CopyResult> {
    const port = this.need()
    this.cancel()
    await port.write(secret, { concealed: true })
    const seconds = Math.max(0, Math.round(Number(await this.deps.clearSeconds())))
    const hash = digest(secret)
    if (seconds === 0) return {}
    const handle = this.timers.set(() => void this.clearIfStill(hash), seconds * 1000)
    this.pending = { handle, hash }
    return { seconds, clearsAt: new Date(this.deps.clock().getTime() + seconds * 1000).toISOString() }
  }

  /** Copies ordinary text (a `git clone` command): not concealed, not cleared. */
  async copyText(text: string): Promise<void> {
    const port = this.need()
    this.cancel()
    await port.write(text, { concealed: false })
  }

  /** Clears now if the clipboard still holds the copied secret (on quit, or the user's "clear now"). */
  async flush(): Promise<boolean> {
    const pending = this.pending
    this.cancel()
    return pending ? this.clearIfStill(pending.hash) : false
  }

  private cancel() {
    if (this.pending) this.timers.clear(this.pending.handle)
    this.pending = undefined
  }

  private async clearIfStill(hash: string): Promise<boolean> {
    if (this.pending?.hash === hash) this.pending = undefined
    const port = this.port
    if (!port) return false
    if (digest(await port.read()) !== hash) return false
    await port.clear()
    return true
  }
}

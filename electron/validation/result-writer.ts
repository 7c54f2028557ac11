import type { TokenRecord } from '../../shared/domain/token'

/** Check results (record patches) waiting for one write of the metadata file. */
export type PendingPatches = Array<[id: string, patch: Partial<TokenRecord>]>

/** Longest time a reported check result waits before it is written (with every other one that came meanwhile). */
export const WRITE_EVERY_MS = 250

/**
 * Gathers check results and writes them together: Check all on 1,000 tokens wrote (and re-read) the whole
 * metadata file under its lock once per token. Writes run one at a time; `flush()` writes what waits now
 * (end of a run, app quit). A failed write is kept and rethrown by `flush()`, so the run reports it.
 */
export const createResultWriter = (write: (patches: PendingPatches) => Promise<unknown>, everyMs = WRITE_EVERY_MS) => {
  let pending = new Map<string, Partial<TokenRecord>>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()
  let failure: unknown
  const flush = (): Promise<void> => {
    clearTimeout(timer)
    timer = undefined
    if (pending.size) {
      const batch = [...pending]
      pending = new Map()
      writing = writing.then(() => write(batch)).then(() => undefined, (error: unknown) => void (failure ??= error))
    }
    return writing.then(() => {
      if (failure) throw failure
    })
  }
  return {
    /** Queues one result; it is written within `everyMs`. */
    add(id: string, patch: Partial<TokenRecord>): void {
      pending.set(id, patch)
      timer ??= setTimeout(() => void flush().catch(() => undefined), everyMs) // the failure is kept for the next flush
    },
    flush,
  }
}

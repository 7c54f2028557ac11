import type { Timers } from '../../../electron/expiry/scheduler'

/** A hand-driven clock and timer queue for scheduler tests (injected, not a module mock). */
export class FakeTime implements Timers {
  private queue: { id: number; at: number; fn: () => void }[] = []
  private nextId = 1
  constructor(public nowMs: number) {}
  clock = (): Date => new Date(this.nowMs)
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++
    this.queue.push({ id, at: this.nowMs + ms, fn })
    return id
  }
  clearTimeout = (handle: unknown): void => {
    this.queue = this.queue.filter((t) => t.id !== handle)
  }
  /** Pending timers. */
  get pending(): number {
    return this.queue.length
  }
  /** Moves time forward, firing due timers in order and letting their async work settle. */
  async advance(ms: number): Promise<void> {
    const target = this.nowMs + ms
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at)
      const next = this.queue[0]
      if (!next || next.at > target) break
      this.queue.shift()
      this.nowMs = Math.max(this.nowMs, next.at)
      next.fn()
      await settle()
    }
    this.nowMs = target
    await settle()
  }
}

/** Lets pending promise chains finish. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r))
}

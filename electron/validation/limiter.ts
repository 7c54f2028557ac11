/** A counting semaphore: at most `size` holders at once, the rest wait in order. */
class Semaphore {
  private active = 0
  private readonly waiting: (() => void)[] = []
  constructor(private readonly size: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.size) {
      this.active++
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  release(): void {
    const next = this.waiting.shift()
    if (next) next() // the slot passes straight to the next waiter
    else this.active--
  }
}

/** Limits of the validation network policy. */
export interface LimiterOptions {
  /** Requests in flight across all hosts. */
  overall: number
  /** Requests in flight to one host (origin). */
  perHost: number
}

/**
 * Bounded concurrency per host and overall. The per-host slot is taken first, so a slow or dead host can
 * hold at most `perHost` of the overall slots and never starves the others (they wait at most for its timeout).
 */
export class HostLimiter {
  private readonly overall: Semaphore
  private readonly hosts = new Map<string, Semaphore>()
  private inFlight = 0
  /** Highest number of requests in flight at once since creation. */
  peak = 0

  constructor(private readonly options: LimiterOptions) {
    this.overall = new Semaphore(options.overall)
  }

  /** Runs `task` when both a slot for `host` and an overall slot are free. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let perHost = this.hosts.get(host)
    if (!perHost) this.hosts.set(host, (perHost = new Semaphore(this.options.perHost)))
    await perHost.acquire()
    try {
      await this.overall.acquire()
      this.inFlight++
      this.peak = Math.max(this.peak, this.inFlight)
      try {
        return await task()
      } finally {
        this.inFlight--
        this.overall.release()
      }
    } finally {
      perHost.release()
    }
  }
}

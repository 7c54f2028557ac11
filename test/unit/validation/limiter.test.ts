import { describe, expect, it } from 'vitest'
import { HostLimiter } from '../../../electron/validation/limiter'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('HostLimiter', () => {
  it('never exceeds the per-host and overall limits, and runs every task', async () => {
    const limiter = new HostLimiter({ overall: 5, perHost: 2 })
    const live = new Map<string, number>()
    let overall = 0
    let worst = 0
    const worstPerHost = new Map<string, number>()
    const task = (host: string) => async () => {
      overall++
      live.set(host, (live.get(host) ?? 0) + 1)
      worst = Math.max(worst, overall)
      worstPerHost.set(host, Math.max(worstPerHost.get(host) ?? 0, live.get(host)!))
      await sleep(5)
      overall--
      live.set(host, live.get(host)! - 1)
      return host
    }
    const hosts = ['a', 'b', 'c', 'd']
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => limiter.run(hosts[i % 4]!, task(hosts[i % 4]!))))
    expect(results).toHaveLength(40)
    expect(worst).toBeLessThanOrEqual(5)
    expect(limiter.peak).toBe(worst)
    for (const h of hosts) expect(worstPerHost.get(h)).toBeLessThanOrEqual(2)
  })

  it('a stuck host holds only its own slots: other hosts keep going', async () => {
    const limiter = new HostLimiter({ overall: 4, perHost: 2 })
    let release = () => undefined as void
    const gate = new Promise<void>((r) => (release = r))
    const stuck = Array.from({ length: 6 }, () => limiter.run('dead', () => gate))
    const started = Date.now()
    await Promise.all(Array.from({ length: 10 }, () => limiter.run('alive', () => sleep(5))))
    expect(Date.now() - started).toBeLessThan(500)
    release()
    await Promise.all(stuck)
  })

  it('frees the slot when a task throws', async () => {
    const limiter = new HostLimiter({ overall: 1, perHost: 1 })
    await expect(limiter.run('h', async () => { throw new Error('boom') })).rejects.toThrow('boom')
    await expect(limiter.run('h', async () => 'ok')).resolves.toBe('ok')
  })
})

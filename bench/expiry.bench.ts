// Expiry engine and exports: how long one engine run, the tray model, notifications and the .ics take for
// 100, 1,000 and 10,000 tokens (the scheduler runs the engine hourly and after every token change).
import { evaluateExpiry } from '../electron/expiry/engine'
import { exportOverview } from '../electron/export/export'
import { buildNotifications } from '../electron/notify/notifications'
import { buildTrayModel } from '../electron/tray/tray-model'
import { HOST_KINDS } from '../shared/domain/hosts'
import type { TokenRecord } from '../shared/domain/token'

const NOW = new Date('2026-11-21T08:00:00Z')
const DAY = 86_400_000

const tokens = (n: number): TokenRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `token-${i}`,
    label: `token ${i}`,
    host: HOST_KINDS[i % HOST_KINDS.length]!,
    url: 'https://example.com',
    scopes: ['repo'],
    expiresAt: i % 7 === 0 ? null : new Date(NOW.getTime() + ((i * 37) % 400 - 20) * DAY).toISOString(),
    expirySource: i % 7 === 0 ? null : 'host',
    createdAt: new Date(NOW.getTime() - (i % 200) * DAY).toISOString(),
    updatedAt: NOW.toISOString(),
    rotations: [],
    usedIn: [{ id: 'u', text: 'CI secret' }],
    gitBindings: [],
    alerts: { sent: i % 3 === 0 ? ['30d'] : [] },
    lastCheck: { status: 'valid', checkedAt: NOW.toISOString(), message: '' },
  }))

const time = (fn: () => unknown, runs: number): number => {
  fn()
  const start = performance.now()
  for (let i = 0; i < runs; i++) fn()
  return (performance.now() - start) / runs
}

console.log('tokens    engine ms   tray ms   notify ms   ics ms   ics KB')
for (const n of [100, 1_000, 10_000]) {
  const records = tokens(n)
  const runs = n >= 10_000 ? 5 : 50
  const result = evaluateExpiry(records, NOW)
  const engine = time(() => evaluateExpiry(records, NOW), runs)
  const tray = time(() => buildTrayModel(result, { startAtLogin: false }), runs)
  const notify = time(() => buildNotifications(result.due, result), runs)
  const ics = time(() => exportOverview(result, 'ics'), runs)
  const size = exportOverview(result, 'ics').content.length / 1024
  console.log(`${String(n).padStart(6)}  ${engine.toFixed(2).padStart(10)}  ${tray.toFixed(2).padStart(8)}  ${notify.toFixed(2).padStart(10)}  ${ics.toFixed(2).padStart(7)}  ${size.toFixed(0).padStart(7)}`)
}

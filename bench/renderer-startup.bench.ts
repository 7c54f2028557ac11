// Renderer start-up: time to first paint / first contentful paint / app shell visible in Debian's Chromium,
// and the JavaScript (and CSS) the renderer ships, raw and gzip.
// Run: npx vite build && node scripts/run-bench.mjs bench/renderer-startup.bench.ts [runs]
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { serveRenderer } from '../test/rigs/ui/static-server'

const RENDERER = resolve('dist/renderer')
const RUNS = Number(process.argv[2] ?? 15)
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

// The preload's `window.api` stand-in: every call answers at once (empty list, plain app facts), so the
// figure is the renderer's own start-up, not main's.
const API_STUB = `
  window.api = {
    invoke: async (channel) => channel === 'tokens:list' ? { ok: true, value: [] }
      : channel === 'app:info' ? { ok: true, value: { version: 'bench', platform: 'linux', dataDir: '/tmp', keychainService: 'bench' } }
      : { ok: false, code: 'internal', message: 'bench' },
    on: () => () => undefined,
  }`

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const finite = (xs: number[]) => xs.filter(Number.isFinite)
const median = (xs: number[]) => {
  const sorted = finite(xs).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
const p95 = (xs: number[]) => {
  const sorted = finite(xs).sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!
}

const sizes = () => {
  const dir = join(RENDERER, 'assets')
  const rows = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f)).map((f) => {
    const body = readFileSync(join(dir, f))
    return { file: f, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }
  })
  for (const ext of ['js', 'css']) {
    const of = rows.filter((r) => r.file.endsWith(`.${ext}`))
    const raw = of.reduce((n, r) => n + r.raw, 0)
    const gz = of.reduce((n, r) => n + r.gzip, 0)
    console.log(`${ext.toUpperCase().padEnd(4)} ${String(of.length).padStart(2)} file(s)  raw ${kb(raw).padStart(10)}  gzip ${kb(gz).padStart(9)}`)
  }
}

const main = async () => {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('dist/renderer is missing: run `npx vite build` first.')
  sizes()
  const { origin, server } = await serveRenderer(RENDERER)
  const browser = await chromium.launch({ executablePath: process.env.PATKEEPER_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS })
  const fp: number[] = []
  const fcp: number[] = []
  const shell: number[] = []
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      // A fresh context each time: no HTTP cache, no compiled-code cache, like a cold window.
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } })
      await context.addInitScript({ content: API_STUB })
      const page = await context.newPage()
      await page.goto(`${origin}/index.html`)
      await page.waitForSelector('.shell h1')
      const shownAt = await page.evaluate(() => performance.now())
      // Paint entries arrive asynchronously: wait for both (buffered), at most 2 s.
      const t = await page.evaluate(
        () =>
          new Promise<{ fp: number; fcp: number }>((resolve) => {
            const seen: Record<string, number> = {}
            const done = () => resolve({ fp: seen['first-paint'] ?? Number.NaN, fcp: seen['first-contentful-paint'] ?? Number.NaN })
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) seen[e.name] = e.startTime
              if ('first-paint' in seen && 'first-contentful-paint' in seen) done()
            }).observe({ type: 'paint' as never, buffered: true })
            setTimeout(done, 2000)
          }),
      )
      await context.close()
      if (i === 0) continue // warm-up: Chromium's own first start
      fp.push(t.fp)
      fcp.push(t.fcp)
      shell.push(shownAt)
    }
  } finally {
    await browser.close()
    await new Promise((r) => server.close(r))
  }
  const line = (name: string, xs: number[]) => console.log(`${name.padEnd(28)} median ${median(xs).toFixed(1).padStart(7)} ms   p95 ${p95(xs).toFixed(1).padStart(7)} ms   (${finite(xs).length}/${xs.length} runs)`)
  console.log(`Renderer start-up in Chromium, ${RUNS} cold page loads (after one warm-up):`)
  line('first paint', fp)
  line('first contentful paint', fcp)
  line('token list shell rendered', shell)
}

await main()

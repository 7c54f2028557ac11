// Recognising pasted strings in the renderer: shared/hosts/recognize.ts bundled the way Vite ships it to
// the renderer (esbuild, browser, chrome130, minified), run in Debian's Chromium on 10,000 pasted strings
// (whole, clipped, quoted, wrapped, placeholders, passwords, unknown), and the same in Node for comparison.
// Prints the time per pass (target: under 50 ms for 10,000 in the renderer).
// Run: node scripts/run-bench.mjs bench/recognize.bench.ts [passes]
import { loadavg } from 'node:os'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { recognizeToken } from '../shared/hosts/catalog'
import type { HostKind } from '../shared/domain/hosts'
import { atlassianToken, azureLegacyToken, bbdcToken, githubToken, gitlabRoutableToken, randomChars } from '../test/helpers/token-samples'

const PASSES = Number(process.argv[2] ?? 15)
const COUNT = 10_000
const KINDS: HostKind[] = ['github', 'github-enterprise', 'gitlab', 'gitlab-self-managed', 'bitbucket-cloud', 'bitbucket-data-center', 'azure-devops', 'azure-devops-server', 'codecommit']

/** A realistic mix of what people paste. */
const corpus = (): { secret: string; kind: HostKind }[] => {
  const makers = [
    () => githubToken('ghp_'), () => `github_pat_${randomChars(22)}_${randomChars(59)}`, () => gitlabRoutableToken(), () => `glpat-${randomChars(20)}`,
    () => atlassianToken(), () => bbdcToken(), () => azureLegacyToken(), () => `${randomChars(52)}JQQJ99ALACAAAAAAAAAAAAAAAZDO${randomChars(4)}`,
    () => githubToken('ghp_').slice(0, 25), () => `"${githubToken('gho_')}"`, () => `Bearer ${gitlabRoutableToken()}`, () => atlassianToken().slice(0, 120),
    () => { const t = githubToken('ghp_'); return `${t.slice(0, 20)}\n${t.slice(20)}` }, () => `ghp_${'x'.repeat(36)}`, () => 'Summer2026!', () => `CUSTOM-${randomChars(40)}`,
    () => 'glrt-2CR8_eVxiio-1QmzPZwa', () => `${randomChars(43)}=`, () => 'AKIAIOSFODNN7EXAMPLE',
  ]
  return Array.from({ length: COUNT }, (_, i) => ({ secret: makers[i % makers.length]!(), kind: KINDS[i % KINDS.length]! }))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const main = async () => {
  const inputs = corpus()
  const bundle = await build({
    stdin: { contents: "import { recognizeToken } from './shared/hosts/recognize'; globalThis.__recognize = recognizeToken", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, write: false, platform: 'browser', target: 'chrome130', format: 'iife', minify: true, logLevel: 'warning',
  })
  const code = bundle.outputFiles[0]!.text
  const browser = await chromium.launch({ executablePath: process.env.PATKEEPER_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  try {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>bench</title>')
    await page.addScriptTag({ content: code })
    const renderer = await page.evaluate(({ inputs, passes }) => {
      const recognize = (globalThis as unknown as { __recognize: (s: string, k: string) => { warnings: unknown[] } }).__recognize
      const times: number[] = []
      let warnings = 0
      for (let p = 0; p < passes; p++) {
        const start = performance.now()
        for (const { secret, kind } of inputs) warnings += recognize(secret, kind).warnings.length
        times.push(performance.now() - start)
      }
      return { times, warnings }
    }, { inputs, passes: PASSES })
    const node: number[] = []
    for (let p = 0; p < PASSES; p++) {
      const start = performance.now()
      for (const { secret, kind } of inputs) recognizeToken(secret, kind)
      node.push(performance.now() - start)
    }
    const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, first ${xs[0]!.toFixed(1)} ms, best ${Math.min(...xs).toFixed(1)} ms`
    console.log(`recognise ${COUNT} pasted strings x ${PASSES} passes (bundle ${(code.length / 1024).toFixed(1)} KiB, ${renderer.warnings / PASSES} warnings per pass, load average ${loadavg()[0]!.toFixed(1)})`)
    console.log(`  renderer bundle in Chromium: ${fmt(renderer.times)}  (target < 50 ms)`)
    console.log(`  same source in Node:         ${fmt(node)}`)
  } finally {
    await browser.close()
  }
}

void main()

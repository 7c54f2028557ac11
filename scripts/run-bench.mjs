// Runs a TypeScript benchmark: bundles it with esbuild (keytar stays external) and runs it in Node.
// Usage: node scripts/run-bench.mjs bench/<name>.bench.ts [args...]
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { build } from 'esbuild'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-bench.mjs bench/<name>.bench.ts [args...]')
  process.exit(2)
}
const outdir = join('test-artifacts', 'bench')
mkdirSync(outdir, { recursive: true })
const outfile = join(outdir, basename(entry).replace(/\.ts$/, '.mjs'))
await build({
  entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', external: ['keytar', 'electron', 'playwright-core', 'esbuild'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
})
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' })
process.exit(run.status ?? 1)

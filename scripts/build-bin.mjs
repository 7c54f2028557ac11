// Compiles the standalone `patkeeper` executable (CLI + git credential helper, electron/cli/patkeeper.ts)
// with Bun's `--compile`: Bun's runtime, the bundled sources, the host SDKs and keytar's N-API addon in one
// file that needs no Node, no node_modules and no Electron. With no `--target` Bun uses the runtime it is
// running on (the host platform), so this works offline; a cross-target (`--target=bun-darwin-arm64`, …)
// would download that runtime first, so each OS builds its own executable.
// `--bytecode` stores the bundle precompiled (CommonJS when no --format is given; bun.sh/docs/bundler/bytecode,
// "With standalone executables"), so a run skips parsing ~10 MB of JavaScript: measured here it
// cut `patkeeper credential get` from ~180 ms to ~40 ms under the same load (bench/credential-helper.bench.ts).
// Usage: node scripts/build-bin.mjs [outfile]   (default dist-bin/patkeeper, printing its size)
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The executable's file name on this platform (electron/git/helper-install.ts `executableName`). */
export const EXECUTABLE_NAME = process.platform === 'win32' ? 'patkeeper.exe' : 'patkeeper'

/** Where `npm run build` puts the executable. */
export const DEFAULT_OUTFILE = join(ROOT, 'dist-bin', EXECUTABLE_NAME)

/** Compiles the executable to `outfile`; throws with Bun's own output when it fails. Returns its size in bytes. */
export const compileExecutable = (outfile = DEFAULT_OUTFILE) => {
  const bun = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'bun.exe' : 'bun')
  const run = spawnSync(bun, ['build', '--compile', '--minify', '--bytecode', join(ROOT, 'electron/cli/patkeeper.ts'), '--outfile', outfile], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`build-bin: bun build --compile failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stdout}${run.stderr}`)
  return statSync(outfile).size
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outfile = resolve(process.argv[2] ?? DEFAULT_OUTFILE)
  const size = compileExecutable(outfile)
  console.log(`build-bin: ${outfile} is ${(size / 1024 / 1024).toFixed(1)} MB (Bun runtime + bundled CLI, helper and keytar addon)`)
}

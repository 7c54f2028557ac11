import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { build } from 'esbuild'

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..')

/** Builds the `patkeeper` CLI exactly as scripts/build-node.mjs does (only that entry, to stay fast). */
export const buildCli = async (): Promise<void> => {
  await build({ entryPoints: [resolve(ROOT, 'electron/cli/patkeeper.ts')], outfile: resolve(ROOT, 'dist-cli/patkeeper.cjs'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron', 'keytar'], logLevel: 'warning' })
}

/** Output of one CLI run. */
export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `node bin/patkeeper.cjs` as a real process with the given data folder and keychain service. */
export const patkeeper = (args: string[], opts: { home: string; service: string; stdin?: string; env?: Record<string, string | undefined> }): CliRun => {
  const run = spawnSync(process.execPath, [resolve(ROOT, 'bin/patkeeper.cjs'), ...args], {
    input: opts.stdin ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PATKEEPER_HOME: opts.home, PATKEEPER_KEYCHAIN_SERVICE: opts.service, ...opts.env },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

import { spawn } from 'node:child_process'
import { homedir } from 'node:os'
import type { Emit } from '../ipc/emit'
import { createLogger, fileLineWriter } from '../log/logger'
import { Redactor } from '../log/redact'
import { dataDirFor, keychainServiceFor, logFileFor } from '../platform/paths'
import type { ServiceDeps } from './service-deps'

/**
 * The desktop's own opener for a URL, as a program and its arguments (no shell anywhere). Windows uses
 * `rundll32 url.dll,FileProtocolHandler` (as Go's pkg/browser does), not `cmd /c start`: cmd ends the
 * command at `&`, which token-page URLs contain (`?scopes=repo&description=…`).
 */
export const openCommandFor = (platform: NodeJS.Platform, url: string): [string, string[]] =>
  platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]]

/** Opens a URL with the desktop's own opener (the CLI has no Electron `shell`). */
const systemOpen = (url: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const [cmd, args] = openCommandFor(process.platform, url)
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true })
    child.once('error', reject)
    child.once('spawn', () => {
      child.unref()
      resolve()
    })
  })

/** Dependencies for plain-Node runs (CLI, tests) from an environment; callers override what they need. */
export const createNodeDeps = (overrides: Partial<ServiceDeps> & { env?: Readonly<Record<string, string | undefined>> } = {}): ServiceDeps => {
  const env = overrides.env ?? process.env
  const pathEnv = { env, platform: process.platform, homedir: homedir() }
  const dataDir = overrides.dataDir ?? dataDirFor(pathEnv)
  const redactor = overrides.redactor ?? new Redactor()
  const noEmit: Emit = () => undefined
  return {
    dataDir,
    keychainService: overrides.keychainService ?? keychainServiceFor(pathEnv),
    env,
    clock: overrides.clock ?? (() => new Date()),
    fetch: overrides.fetch ?? globalThis.fetch,
    redactor,
    log: overrides.log ?? createLogger(redactor, fileLineWriter(logFileFor(dataDir))),
    openExternal: overrides.openExternal ?? systemOpen,
    appVersion: overrides.appVersion ?? '0.1.0',
    emit: overrides.emit ?? noEmit,
    ...(overrides.network ? { network: overrides.network } : {}),
  }
}

// The dependencies every service takes, in a file of their own: services import this, the wiring
// (services.ts) imports the services, so imports run one way.
import type { Emit } from '../ipc/emit'
import type { Logger } from '../log/logger'
import type { Redactor } from '../log/redact'
import type { ApiOverrides } from '../validation/api-base'
import type { NetworkOptions } from '../validation/network-policy'
import type { NetworkSource } from '../validation/network-source'

/** Everything a service may depend on, passed in so tests use real or local parts without module mocks. */
export interface ServiceDeps {
  dataDir: string
  keychainService: string
  env: Readonly<Record<string, string | undefined>>
  clock: () => Date
  fetch: typeof fetch
  log: Logger
  redactor: Redactor
  /** Opens a URL in the user's browser (Electron's shell.openExternal in the app, a recorder in tests). */
  openExternal: (url: string) => Promise<void>
  appVersion: string
  /** Sends a typed event to the renderer (a no-op in the CLI). */
  emit: Emit
  /**
   * TEST ONLY: API root per host kind (e.g. `http://127.0.0.1:PORT`) replacing the host's own, so tests can
   * point validation at local servers. Only code sets it (never the environment), so a shipped app sends a
   * token to nowhere but its own host.
   */
  apiOverrides?: ApiOverrides
  /** Validation network policy overrides (timeouts, concurrency); tests and benchmarks shorten them. */
  validationNetwork?: Partial<NetworkOptions>
  /** Where token checks learn their proxy and trusted CAs: the OS in the app, unset (environment) in the CLI. */
  network?: NetworkSource
  /** The OS the per-platform steps follow (Settings' command-line tool); `process.platform` when unset. */
  platform?: NodeJS.Platform
}

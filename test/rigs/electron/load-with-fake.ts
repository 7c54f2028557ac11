import Module from 'node:module'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The fake `electron` module's shape, as tests use it. */
export type FakeElectron = ReturnType<typeof loadFake>

/** Knobs of the fake, set before the bundle runs (see fake-electron.cjs). */
export interface FakeKnobs {
  /** Another instance holds the single-instance lock. */
  lockTaken?: boolean
  /** macOS: the app is code-signed (unsigned apps get `failed` for every notification). */
  codeSigned?: boolean
  /** macOS: `getLoginItemSettings().wasOpenedAtLogin`. */
  wasOpenedAtLogin?: boolean
}

const require = createRequire(import.meta.url)
const FAKE = join(import.meta.dirname, 'fake-electron.cjs')
const loadFake = () => require(FAKE) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Loads a built bundle (dist-electron/main.cjs or preload.cjs) with `require('electron')` answered by the
 * recording fake, for the rest of this test process (bundles may require lazily). Run one bundle per test
 * file: both keep module-level state, as in a real process. `platform` makes `process.platform` (read by
 * the bundle and the fake) that OS for the rest of the test file; `packaged` plays an installed build.
 */
export const loadWithFakeElectron = (bundle: string, options: { platform?: NodeJS.Platform; knobs?: FakeKnobs; argv?: string[]; packaged?: boolean } = {}): FakeElectron => {
  if (options.platform) Object.defineProperty(process, 'platform', { value: options.platform, configurable: true })
  if (options.argv) process.argv.push(...options.argv)
  const resolver = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string }
  const original = resolver._resolveFilename
  resolver._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? FAKE : original.call(this, request, ...rest)
  }
  Object.assign(loadFake().app.knobs, options.knobs ?? {})
  loadFake().app.isPackaged = options.packaged ?? false
  require(bundle)
  return loadFake()
}

import Module from 'node:module'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The fake `electron` module's shape, as tests use it. */
export type FakeElectron = ReturnType<typeof loadFake>

const require = createRequire(import.meta.url)
const FAKE = join(import.meta.dirname, 'fake-electron.cjs')
const loadFake = () => require(FAKE) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Loads a built bundle (dist-electron/main.cjs or preload.cjs) with `require('electron')` answered by the
 * recording fake, for the rest of this test process (bundles may require lazily). Run one bundle per test
 * file: both keep module-level state, as in a real process.
 */
export const loadWithFakeElectron = (bundle: string): FakeElectron => {
  const resolver = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string }
  const original = resolver._resolveFilename
  resolver._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? FAKE : original.call(this, request, ...rest)
  }
  require(bundle)
  return loadFake()
}

import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServiceDeps } from '../../electron/app/service-deps'
import { createLogger } from '../../electron/log/logger'
import { Redactor } from '../../electron/log/redact'

/** A temp folder for one test's data. */
export const tempDir = (prefix = 'patkeeper-test-'): string => mkdtempSync(join(tmpdir(), prefix))

/** Service dependencies for a test: a fresh data folder, its own keychain service name, captured log lines. */
export const createTestDeps = (overrides: Partial<ServiceDeps> = {}): ServiceDeps & { logLines: string[]; opened: string[] } => {
  const redactor = overrides.redactor ?? new Redactor()
  const logLines: string[] = []
  const opened: string[] = []
  const dataDir = overrides.dataDir ?? tempDir()
  return {
    dataDir,
    keychainService: `PAT Keeper Test ${randomBytes(4).toString('hex')}`,
    env: { PATKEEPER_HOME: dataDir },
    clock: () => new Date(),
    fetch: globalThis.fetch,
    redactor,
    log: createLogger(redactor, (line) => logLines.push(line)),
    openExternal: async (url) => void opened.push(url),
    appVersion: '0.0.0-test',
    emit: () => undefined,
    ...overrides,
    logLines,
    opened,
  }
}

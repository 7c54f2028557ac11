import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Redactor } from './redact'

/** The one logger: every line passes through the redactor before it is written anywhere. */
export interface Logger {
  info(message: string, detail?: unknown): void
  warn(message: string, detail?: unknown): void
  error(message: string, detail?: unknown): void
}

const describe = (detail: unknown): string => {
  if (detail === undefined) return ''
  if (detail instanceof Error) return ` ${detail.name}: ${detail.message}`
  try {
    return ` ${JSON.stringify(detail)}`
  } catch {
    return ` ${String(detail)}`
  }
}

/** Creates a logger writing redacted lines through `write` (a file, stderr, or an array in tests). */
export const createLogger = (redactor: Redactor, write: (line: string) => void, clock: () => Date = () => new Date()): Logger => {
  const emit = (level: string) => (message: string, detail?: unknown) =>
    write(redactor.redact(`${clock().toISOString()} ${level} ${message}${describe(detail)}`))
  return { info: emit('info'), warn: emit('warn'), error: emit('error') }
}

/** A line writer that appends to a log file, creating its folder; write errors are swallowed (logging must never break the app). */
export const fileLineWriter = (file: string) => (line: string) => {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
    appendFileSync(file, `${line}\n`, { mode: 0o600 })
  } catch {
    /* a full disk must not take the app down with it */
  }
}

import type { Services } from '../app/services'

/** Exit codes of every `patkeeper` command (documented in `patkeeper --help` and the README). */
export const EXIT = {
  ok: 0,
  /** The command ran but the answer is "no" (e.g. `check` found a token that is not valid). */
  failed: 1,
  /** Wrong options or arguments. */
  usage: 2,
  /** The keychain is missing, locked or refused. */
  keychain: 3,
  /** No such token, or the metadata file could not be read. */
  notFound: 4,
  /** Anything else went wrong; nothing was changed. */
  error: 5,
} as const

/** Standard streams as a command sees them, so tests can drive commands in-process. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Reads a secret: from stdin when piped, or a hidden prompt on a terminal. Never from an argument. */
  readSecret(prompt: string): Promise<string>
  /** Asks a yes/no question on a terminal; false when stdin is not a terminal. */
  confirm(question: string): Promise<boolean>
}

/** What a command gets to run with. */
export interface CliContext {
  services: Services
  io: CliIo
}

/** One `patkeeper` command. */
export interface Command {
  name: string
  /** One line for `patkeeper --help`. */
  summary: string
  /** Full text for `patkeeper <name> --help`: usage, options, exit codes. */
  help: string
  run(argv: string[], ctx: CliContext): Promise<number>
}

import type { Command } from '../command'

/** Every `patkeeper` command, in the order `--help` lists them. Add a command: one import + one entry. */
export const COMMANDS: readonly Command[] = []

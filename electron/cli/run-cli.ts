import { isAppError } from '../errors/app-error'
import { HELPER_SUBCOMMAND } from '../git/helper-command'
import { COMMANDS } from './commands'
import { EXIT, type CliContext } from './command'

const overview = (): string =>
  [
    'patkeeper: keep Git personal access tokens in the OS keychain, checked and renewed in time.',
    '',
    'Usage: patkeeper <command> [options]     (patkeeper <command> --help for details)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    `  ${HELPER_SUBCOMMAND.padEnd(12)} git's credential helper: git runs "patkeeper ${HELPER_SUBCOMMAND} get|store|erase" (set up by "patkeeper git setup")`,
    '',
    'Secrets are read from standard input (or a hidden prompt), never from arguments.',
    'Exit codes: 0 ok, 1 a check said no, 2 usage error, 3 keychain problem, 4 not found, 5 other error.',
    'Environment: PATKEEPER_HOME (data folder), PATKEEPER_KEYCHAIN_SERVICE (keychain service name).',
  ].join('\n')

/** Maps an error to a code; AppError codes say which. */
export const exitCodeFor = (error: unknown): number => {
  if (!isAppError(error)) return EXIT.error
  if (error.code.startsWith('keychain-')) return EXIT.keychain
  if (error.code === 'not-found' || error.code === 'metadata-corrupt') return EXIT.notFound
  if (error.code === 'invalid-input' || error.code === 'bad-request' || error.code === 'conflict') return EXIT.usage
  return EXIT.error
}

/** Runs `patkeeper` with arguments; returns the exit code. Errors become one clear line on stderr. */
export const runCli = async (argv: string[], ctx: CliContext): Promise<number> => {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.io.out(overview())
    return name ? EXIT.ok : EXIT.usage
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    ctx.io.err(`patkeeper: unknown command "${name}". Run "patkeeper --help" for the list.`)
    return EXIT.usage
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.io.out(command.help)
    return EXIT.ok
  }
  try {
    return await command.run(rest, ctx)
  } catch (error) {
    const message = isAppError(error) ? error.message : 'unexpected error; nothing was changed (details in the log).'
    if (!isAppError(error)) ctx.services.deps.log.error(`cli: ${name} failed`, error)
    ctx.io.err(`patkeeper ${name}: ${message}`)
    return exitCodeFor(error)
  }
}

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AppError } from '../errors/app-error'

/** node:util parseArgs, with its errors (unknown option, missing value) turned into usage errors (exit 2). */
export const parseCliArgs = <T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> => {
  try {
    return parseArgs(config) // callers pass strict: true (unknown options are errors)
  } catch (error) {
    throw new AppError('invalid-input', `${(error as Error).message.split('\n')[0]} (see --help).`)
  }
}

import { fail, type IpcFailure } from '../../shared/ipc/result'
import { isAppError } from '../errors/app-error'
import type { Logger } from '../log/logger'

/** Turns anything a handler threw into a typed failure; unexpected errors are logged (redacted) and summarised. */
export const toIpcFailure = (channel: string, error: unknown, log: Logger): IpcFailure => {
  if (isAppError(error)) return fail(error.code, error.message)
  log.error(`ipc: ${channel} failed unexpectedly`, error)
  return fail('internal', `PAT Keeper hit an unexpected problem (${channel}). Nothing was changed; details are in the log.`)
}

import type { IpcErrorCode } from '../../shared/ipc/result'

/**
 * An error meant for the user: a code the UI and CLI can branch on and a message that says what happened
 * and what to do. Never put a secret in the message.
 */
export class AppError extends Error {
  override readonly name = 'AppError'
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** True for AppError instances (also across module copies, by shape). */
export const isAppError = (error: unknown): error is AppError =>
  error instanceof AppError ||
  (error instanceof Error && error.name === 'AppError' && typeof (error as AppError).code === 'string')

import { execFileSync } from 'node:child_process'
import { isAppError, type AppError } from '../../electron/errors/app-error'

/** Runs `run` and reports what a user would see: ok, or the error's code and message (for JSON from child processes). */
export const outcome = async (run: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; code?: string; message: string }> => {
  try {
    await run()
    return { ok: true }
  } catch (error) {
    return { ok: false, code: (error as { code?: string }).code, message: (error as Error).message }
  }
}

/** Runs `op` and returns the AppError it threw; fails the test when it did not throw one. */
export const refusal = async (op: () => Promise<unknown>): Promise<AppError> => {
  try {
    await op()
  } catch (error) {
    if (isAppError(error)) return error
    throw new Error(`expected a user-facing AppError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected the operation to be refused')
}

/** Locks the keychain rig's login keyring through the Secret Service API (as a screen lock would). */
export const lockLoginKeyring = (): void =>
  void execFileSync('gdbus', ['call', '--session', '--dest', 'org.freedesktop.secrets', '--object-path', '/org/freedesktop/secrets', '--method', 'org.freedesktop.Secret.Service.Lock', "['/org/freedesktop/secrets/collection/login']"])

/** Error codes a renderer can receive; each comes with a message that says what to do. */
export const IPC_ERROR_CODES = [
  'bad-request',
  'untrusted-sender',
  'unknown-channel',
  'not-found',
  'conflict',
  'invalid-input',
  'keychain-missing',
  'keychain-locked',
  'keychain-denied',
  'metadata-corrupt',
  'storage-failed',
  'host-error',
  'git-failed',
  'not-allowed',
  'internal',
] as const

/** One IPC error code. */
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number]

/** Failure half of an IPC result. */
export interface IpcFailure {
  ok: false
  code: IpcErrorCode
  message: string
}

/** What every invoke resolves to: handlers never throw across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | IpcFailure

/** Builds a success result. */
export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })

/** Builds a failure result. */
export const fail = (code: IpcErrorCode, message: string): IpcFailure => ({ ok: false, code, message })

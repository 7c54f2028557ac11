import { invokeChannels, type ArgsOf, type InvokeChannel, type ResultOf } from '../../shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../shared/ipc/result'
import type { Logger } from '../log/logger'
import { toIpcFailure } from './to-ipc-failure'
import { isTrustedSender, type SenderInfo, type SenderPolicy } from './sender-check'
import { isWellFormedDeep } from './well-formed'

/** One handler per channel; a channel without a handler is a compile error. */
export type Handlers = { [C in InvokeChannel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> }

/** A subset of handlers, for one concern's file. */
export type HandlersFor<T> = { [C in keyof T & InvokeChannel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> }

/** Routes one call: sender check -> channel check -> argument schema -> handler -> typed result. */
export type Dispatch = (sender: SenderInfo, channel: unknown, args: unknown) => Promise<IpcResult<unknown>>

const describeIssues = (channel: string, issues: readonly { path: PropertyKey[]; message: string }[]): string => {
  const first = issues[0]
  const where = first && first.path.length > 0 ? ` (argument ${first.path.map(String).join('.')})` : ''
  return `PAT Keeper refused a malformed request on "${channel}"${where}: ${first?.message ?? 'invalid'}.`
}

/**
 * Builds the dispatcher used by Electron's ipcMain and by the UI test transport alike, so tests drive the
 * same checks. Refusals never reach a handler, so they change no state.
 */
export const createDispatcher = (handlers: Handlers, policy: SenderPolicy, log: Logger): Dispatch => {
  return async (sender, channel, args) => {
    if (!isTrustedSender(sender, policy)) {
      log.warn('ipc: refused a call from an untrusted sender')
      return fail('untrusted-sender', 'This window is not allowed to talk to PAT Keeper.')
    }
    if (typeof channel !== 'string' || !Object.hasOwn(invokeChannels, channel)) {
      return fail('unknown-channel', 'That request is not part of PAT Keeper.')
    }
    const name = channel as InvokeChannel
    const parsed = invokeChannels[name].args.safeParse(args)
    if (!parsed.success) return fail('bad-request', describeIssues(name, parsed.error.issues))
    if (!isWellFormedDeep(parsed.data)) return fail('bad-request', `PAT Keeper refused a malformed request on "${name}": it contains broken Unicode text. Retype the value and try again.`)
    try {
      const run = handlers[name] as (...a: readonly unknown[]) => Promise<unknown> // the one cast in the IPC layer
      return ok(await run(...(parsed.data as readonly unknown[])))
    } catch (error) {
      return toIpcFailure(name, error, log)
    }
  }
}

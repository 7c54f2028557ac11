// The only renderer file that touches `window.api` (lint-enforced).
import type { ArgsOf, EventChannel, InvokeChannel, PayloadOf, ResultOf, WindowApi } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'

declare global {
  interface Window {
    api: WindowApi
  }
}

/** Calls a main-process channel; resolves to a typed result (never throws for handler errors). */
export const invoke = <C extends InvokeChannel>(channel: C, ...args: ArgsOf<C>): Promise<IpcResult<ResultOf<C>>> =>
  window.api.invoke(channel, ...args)

/** Subscribes to a main-process event; returns the unsubscribe function. */
export const on = <E extends EventChannel>(event: E, listener: (payload: PayloadOf<E>) => void): (() => void) =>
  window.api.on(event, listener)

/**
 * How long per-token change events (`tokens:changed`, `tokens:checked`) are gathered before the changed
 * tokens are read again together: Check all sends one per token, and 1,000 reads would stall the list.
 */
export const CHANGE_GATHER_MS = 120

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

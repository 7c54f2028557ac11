import type { z } from 'zod'
import { appChannels, appEvents } from './channels/app'
import { expiryChannels, expiryEvents } from './channels/expiry'
import { gitChannels, gitEvents } from './channels/git'
import { healthChannels, healthEvents } from './channels/health'
import { hostsChannels, hostsEvents } from './channels/hosts'
import { tokensChannels, tokensEvents } from './channels/tokens'
import { validationChannels, validationEvents } from './channels/validation'
import type { ChannelSpec, EventSpec } from './define'
import type { IpcResult } from './result'

/**
 * The whole IPC contract: every request/response channel with its argument schema.
 * Adding a channel = one entry in a `channels/*.ts` file + one handler (a missing handler fails to compile).
 */
export const invokeChannels = {
  ...appChannels,
  ...tokensChannels,
  ...hostsChannels,
  ...validationChannels,
  ...gitChannels,
  ...expiryChannels,
  ...healthChannels,
} as const

/** Every main-to-renderer event with its payload type. */
export const eventChannels = {
  ...appEvents,
  ...tokensEvents,
  ...hostsEvents,
  ...validationEvents,
  ...gitEvents,
  ...expiryEvents,
  ...healthEvents,
} as const

/** The contract's type. */
export type InvokeContract = typeof invokeChannels
/** A request/response channel name. */
export type InvokeChannel = keyof InvokeContract
/** A main-to-renderer event name. */
export type EventChannel = keyof typeof eventChannels

/** Argument tuple of a channel, as its schema parses it. */
export type ArgsOf<C extends InvokeChannel> = z.output<InvokeContract[C]['args']>
/** Result type of a channel. */
export type ResultOf<C extends InvokeChannel> =
  InvokeContract[C] extends ChannelSpec<z.ZodType<readonly unknown[]>, infer R> ? R : never
/** Payload type of an event. */
export type PayloadOf<E extends EventChannel> = (typeof eventChannels)[E] extends EventSpec<infer P> ? P : never

/** Every channel name, for the preload's allowlist and main's registration loop. */
export const INVOKE_CHANNELS = Object.freeze(Object.keys(invokeChannels)) as readonly InvokeChannel[]
/** Every event name. */
export const EVENT_CHANNELS = Object.freeze(Object.keys(eventChannels)) as readonly EventChannel[]

/** The one object the preload exposes as `window.api`. */
export interface WindowApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: ArgsOf<C>): Promise<IpcResult<ResultOf<C>>>
  /** Subscribes to an event; the listener gets the payload only. Returns an unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: PayloadOf<E>) => void): () => void
}

import type { z } from 'zod'

/** A request/response channel: a run-time schema for its arguments and a compile-time result type. */
export interface ChannelSpec<A extends z.ZodType<readonly unknown[]>, R> {
  readonly args: A
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: R
}

/** A main-to-renderer event and its payload type. */
export interface EventSpec<P> {
  /** Phantom field carrying the payload type; never set at run time. */
  readonly payload?: P
}

/** Declares a channel: `channel<Result>()(z.tuple([...args]))`. */
export const channel =
  <R>() =>
  <A extends z.ZodType<readonly unknown[]>>(args: A): ChannelSpec<A, R> => ({ args })

/** Declares an event with payload type P. */
export const event = <P>(): EventSpec<P> => ({})

import type { WebContents } from 'electron'
import type { EventChannel, PayloadOf } from '../../shared/ipc/contract'

/** Sends typed events to the renderer; services receive this as their `emit` dependency. */
export type Emit = <E extends EventChannel>(event: E, payload: PayloadOf<E>) => void

/** The only place that calls `webContents.send`, so every event goes through the contract's names. */
export const createEmitter =
  (targets: () => readonly WebContents[]): Emit =>
  (event, payload) => {
    for (const contents of targets()) if (!contents.isDestroyed()) contents.send(event, payload)
  }

import { EVENT_CHANNELS, INVOKE_CHANNELS, type WindowApi } from './contract'
import { fail } from './result'

/** What carries calls and events: Electron's ipcRenderer in the preload, Playwright bindings in UI tests. */
export interface WindowApiTransport {
  invoke(channel: string, args: unknown[]): Promise<unknown>
  subscribe(event: string, listener: (payload: unknown) => void): () => void
}

const invokeAllowed: ReadonlySet<string> = new Set(INVOKE_CHANNELS)
const eventAllowed: ReadonlySet<string> = new Set(EVENT_CHANNELS)

/**
 * Builds `window.api`: only contract channels pass (Electron security checklist item 20: do not expose
 * ipcRenderer wholesale), listeners get the payload and never the IPC event object.
 */
export const createWindowApi = (transport: WindowApiTransport): WindowApi => {
  const invoke = (channel: string, ...args: unknown[]) =>
    invokeAllowed.has(channel)
      ? transport.invoke(channel, args)
      : Promise.resolve(fail('unknown-channel', `"${String(channel).slice(0, 60)}" is not a PAT Keeper channel.`))
  const on = (eventName: string, listener: (payload: unknown) => void) => {
    if (!eventAllowed.has(eventName) || typeof listener !== 'function') return () => undefined
    return transport.subscribe(eventName, (payload) => listener(payload))
  }
  return Object.freeze({ invoke, on }) as WindowApi
}

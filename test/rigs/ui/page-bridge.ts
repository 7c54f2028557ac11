// Runs inside the page (bundled by the UI rig as an init script): builds `window.api` with the app's own
// builder, carried over Playwright bindings instead of Electron IPC.
import { createWindowApi } from '../../../shared/ipc/window-api'

type Listener = (payload: unknown) => void
const listeners = new Map<string, Set<Listener>>()
const host = globalThis as unknown as {
  __patkeeperInvoke(channel: string, args: unknown[]): Promise<unknown>
  __patkeeperDeliver(event: string, payload: unknown): void
}

Object.defineProperty(host, '__patkeeperDeliver', {
  value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
})

Object.defineProperty(globalThis, 'api', {
  value: createWindowApi({
    // The rig sends results as JSON text (see ui-rig.ts); IPC results are plain data, so nothing is lost.
    invoke: async (channel, args) => JSON.parse((await host.__patkeeperInvoke(channel, args)) as string) as unknown,
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(listener)
      listeners.set(event, set)
      return () => void set.delete(listener)
    },
  }),
  writable: false,
  configurable: false,
  enumerable: true,
})

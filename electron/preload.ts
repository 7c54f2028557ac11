// The preload exposes exactly one object, `window.api = { invoke, on }` (Electron security checklist
// item 20: do not expose Electron APIs to untrusted content). It is bundled to one CommonJS file because
// a sandboxed preload cannot load modules from node_modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createWindowApi } from '../shared/ipc/window-api'

contextBridge.exposeInMainWorld(
  'api',
  createWindowApi({
    invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
    subscribe: (event, listener) => {
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(event, handler)
      return () => void ipcRenderer.removeListener(event, handler)
    },
  }),
)

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadWithFakeElectron } from '../../rigs/electron/load-with-fake'

const ROOT = join(import.meta.dirname, '../../..')

describe('built preload with Electron replaced by a recording fake', () => {
  const electron = loadWithFakeElectron(join(ROOT, 'dist-electron/preload.cjs'))
  const api = electron.contextBridge.exposed.api as { invoke(c: string, ...a: unknown[]): Promise<unknown>; on(e: string, l: (p: unknown) => void): () => void }

  it('exposes exactly window.api = { invoke, on }', () => {
    expect(Object.keys(electron.contextBridge.exposed)).toEqual(['api'])
    expect(Object.keys(api)).toEqual(['invoke', 'on'])
  })

  it('forwards contract channels to ipcRenderer.invoke and refuses others without sending', async () => {
    expect(await api.invoke('app:info')).toEqual({ ok: true, value: 'app:info' })
    expect(await api.invoke('tokens:dump', 'x')).toMatchObject({ ok: false, code: 'unknown-channel' })
    expect(electron.ipcRenderer.invoked).toEqual([{ channel: 'app:info', args: [] }])
  })

  it('gives listeners the payload only, and unsubscribes', () => {
    const seen: unknown[][] = []
    const off = api.on('tokens:changed', (...args: unknown[]) => seen.push(args))
    api.on('not:an-event', () => seen.push(['never']))
    electron.ipcRenderer.emit('tokens:changed', { ids: ['a'] })
    off()
    electron.ipcRenderer.emit('tokens:changed', { ids: ['b'] })
    expect(seen).toEqual([[{ ids: ['a'] }]])
    expect(electron.ipcRenderer.listenerCount('not:an-event')).toBe(0)
  })
})

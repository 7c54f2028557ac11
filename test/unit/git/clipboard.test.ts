import { describe, expect, it } from 'vitest'
import { concealFormats, noClipboard, type ClipboardPort } from '../../../electron/clipboard/clipboard-port'
import { ClipboardService, type TimerPort } from '../../../electron/clipboard/clipboard-service'
import { clearSecondsFromSettings } from '../../../electron/clipboard/clipboard-settings'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { updateSettings } from '../../../electron/vault/settings-store'
import { tempDir } from '../../helpers/test-deps'

/** A clipboard held in memory that records how each write was flagged. */
const memoryClipboard = () => {
  const state = { text: '', concealed: false, writes: [] as { text: string; concealed: boolean }[] }
  const port: ClipboardPort = {
    write: (text, { concealed }) => {
      state.text = text
      state.concealed = concealed
      state.writes.push({ text, concealed })
    },
    read: () => state.text,
    clear: () => {
      state.text = ''
      state.concealed = false
    },
  }
  return { state, port }
}

/** Timers driven by hand: `advance(ms)` runs what is due. */
const manualTimers = () => {
  let now = 0
  const queue = new Map<number, { at: number; run: () => void }>()
  let next = 1
  const timers: TimerPort = {
    set: (run, ms) => {
      queue.set(next, { at: now + ms, run })
      return next++
    },
    clear: (h) => void queue.delete(h as number),
  }
  const advance = async (ms: number) => {
    now += ms
    for (const [id, t] of [...queue]) {
      if (t.at > now) continue
      queue.delete(id)
      t.run()
    }
    await new Promise((r) => setTimeout(r, 0))
  }
  return { timers, advance, pending: () => queue.size }
}

const setup = (seconds = 30) => {
  const clip = memoryClipboard()
  const time = manualTimers()
  const service = new ClipboardService({ clearSeconds: () => seconds, clock: () => new Date('2026-11-21T09:00:00Z'), timers: time.timers })
  service.attach(clip.port)
  return { ...clip, ...time, service }
}

describe('clipboard service', () => {
  it('writes a secret concealed and clears it after the configured time', async () => {
    const { service, state, advance } = setup(30)
    const result = await service.copySecret('ghp_secret')
    expect(result).toEqual({ seconds: 30, clearsAt: '2026-11-21T09:00:30.000Z' })
    expect(state).toMatchObject({ text: 'ghp_secret', concealed: true })
    await advance(29_999)
    expect(state.text).toBe('ghp_secret')
    await advance(1)
    expect(state.text).toBe('')
  })

  it('leaves the clipboard alone when the user copied something else meanwhile', async () => {
    const { service, state, port, advance } = setup(10)
    await service.copySecret('ghp_secret')
    await port.write('my own notes', { concealed: false })
    await advance(10_000)
    expect(state.text).toBe('my own notes')
  })

  it('copies a git clone command in plain text without a timer', async () => {
    const { service, state, pending } = setup()
    await service.copyText('git clone https://github.com/me/tool.git')
    expect(state).toMatchObject({ text: 'git clone https://github.com/me/tool.git', concealed: false })
    expect(pending()).toBe(0)
  })

  it('restarts the countdown for a second copy and clears on flush (quit)', async () => {
    const { service, state, advance, pending } = setup(30)
    await service.copySecret('first')
    await advance(20_000)
    await service.copySecret('second')
    expect(pending()).toBe(1)
    await advance(20_000)
    expect(state.text).toBe('second')
    expect(await service.flush()).toBe(true)
    expect(state.text).toBe('')
  })

  it('never clears when the setting is 0 and refuses without a clipboard', async () => {
    const { service, pending } = setup(0)
    expect(await service.copySecret('x')).toEqual({})
    expect(pending()).toBe(0)
    const headless = new ClipboardService({ clearSeconds: () => 30, clock: () => new Date() })
    await expect(headless.copySecret('x')).rejects.toThrow(/needs the PAT Keeper window/)
    headless.attach(noClipboard())
    await expect(headless.copyText('x')).rejects.toThrow()
  })

  it('uses the password flag each platform defines', () => {
    expect(concealFormats('darwin').map((f) => f.format)).toEqual(['org.nspasteboard.ConcealedType'])
    expect(concealFormats('win32').map((f) => f.format)).toEqual(['ExcludeClipboardContentFromMonitorProcessing'])
    expect(concealFormats('linux')).toEqual([{ format: 'x-kde-passwordManagerHint', data: new TextEncoder().encode('secret') }])
    expect(concealFormats('aix')).toEqual([])
  })
})

// "Clear the clipboard after copying" from the real settings file, as main wires it (electron/app/services.ts).
describe('clipboard service with the "Clear the clipboard after copying" setting', () => {
  const withSettings = () => {
    const metadata = createMetadataStore(tempDir())
    const clip = memoryClipboard()
    const time = manualTimers()
    const service = new ClipboardService({ clearSeconds: clearSecondsFromSettings(() => metadata.read()), clock: () => new Date('2026-11-21T09:00:00Z'), timers: time.timers })
    service.attach(clip.port)
    return { metadata, ...clip, ...time, service }
  }

  it('is on by default: a copied token is cleared after the configured delay', async () => {
    const { service, state, advance } = withSettings()
    expect(await service.copySecret('ghp_default')).toEqual({ seconds: 30, clearsAt: '2026-11-21T09:00:30.000Z' })
    await advance(30_000)
    expect(state.text).toBe('')
  })

  it('off: the token stays on the clipboard, however long; the delay is kept for when it is turned on again', async () => {
    const { metadata, service, state, advance, pending } = withSettings()
    await updateSettings(metadata, { clipboardClearSeconds: 45 })
    await updateSettings(metadata, { clearClipboard: false })
    expect(await service.copySecret('ghp_kept')).toEqual({})
    expect(pending()).toBe(0)
    await advance(24 * 3_600_000)
    expect(state.text).toBe('ghp_kept')
    const saved = await updateSettings(metadata, { clearClipboard: true })
    expect(saved.clipboardClearSeconds).toBe(45)
    expect(await service.copySecret('ghp_cleared')).toMatchObject({ seconds: 45 })
    await advance(45_000)
    expect(state.text).toBe('')
  })
})

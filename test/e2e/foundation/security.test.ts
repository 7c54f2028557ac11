import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRODUCTION_CSP } from '../../../electron/security/csp'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

describe('security seen from the page', () => {
  let ui: UiRig
  beforeAll(async () => {
    ui = await startUi()
    await visible(ui.page.getByRole('heading', { name: 'Tokens', level: 1 }))
  })
  afterAll(async () => ui?.close())

  it('gives the renderer no Node', async () => {
    const kinds = await ui.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return [typeof w.require, typeof w.process, typeof w.module, typeof w.Buffer]
    })
    expect(kinds).toEqual(['undefined', 'undefined', 'undefined', 'undefined'])
  })

  it('exposes exactly window.api = { invoke, on }, frozen', async () => {
    const shape = await ui.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { api: Record<string, unknown> }
      return { keys: Object.keys(w.api), frozen: Object.isFrozen(w.api), electron: typeof w.electron, ipcRenderer: typeof w.ipcRenderer }
    })
    expect(shape).toEqual({ keys: ['invoke', 'on'], frozen: true, electron: 'undefined', ipcRenderer: 'undefined' })
  })

  it('refuses an unknown channel with a typed error, before and behind the bridge', async () => {
    const before = ui.traffic.length
    const result = await ui.page.evaluate(() => (window as unknown as { api: { invoke(c: string): Promise<unknown> } }).api.invoke('tokens:dump'))
    expect(result).toMatchObject({ ok: false, code: 'unknown-channel' })
    expect(ui.traffic.length).toBe(before) // the preload's allowlist stopped it: nothing crossed
    // The rig's raw transport answers in JSON text (as the bridge parses it).
    const direct = await ui.page.evaluate(async () =>
      JSON.parse(await (window as unknown as { __patkeeperInvoke(c: string, a: unknown[]): Promise<string> }).__patkeeperInvoke('tokens:dump', [])) as unknown,
    )
    expect(direct).toMatchObject({ ok: false, code: 'unknown-channel' })
  })

  it('refuses malformed arguments on a real channel', async () => {
    const result = await ui.page.evaluate(() => (window as unknown as { api: { invoke(c: string, ...a: unknown[]): Promise<unknown> } }).api.invoke('app:open-external', { href: 'x' }))
    expect(result).toMatchObject({ ok: false, code: 'bad-request' })
    expect(ui.deps.opened).toEqual([])
  })

  it('refuses navigation away from the app', async () => {
    const before = ui.page.url()
    await ui.page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await ui.page.waitForTimeout(300)
    expect(ui.page.url()).toBe(before)
    await visible(ui.page.getByRole('heading', { name: 'Tokens', level: 1 }))
  })

  it('refuses window.open', async () => {
    const popups: string[] = []
    ui.page.on('popup', (p) => popups.push(p.url()))
    await ui.page.evaluate(() => void window.open('https://github.com/', '_blank'))
    await ui.page.waitForTimeout(300)
    expect(ui.page.context().pages()).toHaveLength(1)
    expect(popups.filter((u) => u.startsWith('https://github.com'))).toEqual([])
  })

  it('sends the strict CSP and blocks injected inline script', async () => {
    const response = await ui.page.request.get(`${ui.origin}/index.html`)
    expect(response.headers()['content-security-policy']).toBe(PRODUCTION_CSP)
    const ran = await ui.page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__pwned = true'
      document.body.appendChild(script)
      await new Promise((r) => setTimeout(r, 50))
      return (window as unknown as { __pwned?: boolean }).__pwned === true
    })
    expect(ran).toBe(false)
  })

  it('routes a click to a main-process handler (About shows app:info)', async () => {
    await ui.page.getByRole('button', { name: 'About PAT Keeper' }).click()
    const facts = await visible(ui.page.getByRole('definition').filter({ hasText: ui.deps.dataDir }))
    expect(await facts.count()).toBe(1)
    expect(ui.traffic.some((t) => t.channel === 'app:info' && (t.data as { ok: boolean }).ok)).toBe(true)
  })
})

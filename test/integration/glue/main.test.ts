import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/app/services'
import { PRODUCTION_CSP } from '../../../electron/security/csp'
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract'
import { createTestDeps, tempDir } from '../../helpers/test-deps'
import { startConnectProxy } from '../../helpers/connect-proxy'
import { loadWithFakeElectron, type FakeElectron } from '../../rigs/electron/load-with-fake'

const ROOT = join(import.meta.dirname, '../../..')
const until = async (what: () => boolean, ms = 10_000) => {
  const started = Date.now()
  while (!what()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('built main process with Electron replaced by a recording fake', () => {
  let electron: FakeElectron
  const dataDir = tempDir('patkeeper-glue-')
  const service = `PAT Keeper Glue ${randomBytes(4).toString('hex')}`
  const names = () => electron.calls.map((c: { name: string }) => c.name)

  beforeAll(async () => {
    process.env.PATKEEPER_HOME = dataDir
    process.env.PATKEEPER_KEYCHAIN_SERVICE = service
    // A token that expires in two days, so the expiry watch has something to notify about at start.
    const seed = createServices(createTestDeps({ dataDir, keychainService: service }))
    await seed.vault.add({ host: 'gitlab', label: 'ci', secret: 'glpat-GlueTest0000000000', expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString() })
    electron = loadWithFakeElectron(join(ROOT, 'dist-electron/main.cjs'))
    electron.app.fireReady()
    await until(() => Object.keys(electron.ipcMain.handlers).length > 0 && names().includes('new BrowserWindow'))
  })
  afterAll(async () => {
    const cleanup = createServices(createTestDeps({ dataDir, keychainService: service }))
    for (const id of await cleanup.secrets.ids()) await cleanup.secrets.delete(id)
  })

  it('sandboxes every renderer and registers app:// before Electron is ready', () => {
    const order = names()
    expect(order.indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0)
    expect(order.indexOf('app.enableSandbox')).toBeLessThan(order.indexOf('ready'))
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'))
    expect(order).toContain('app.requestSingleInstanceLock')
    expect(electron.app.getPath('userData')).toBe(dataDir)
  })

  it('opens one locked-down window on the app page with an existing preload', () => {
    const window = electron.BrowserWindow.getAllWindows()[0]
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1)
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
    expect(existsSync(window.options.webPreferences.preload)).toBe(true)
    expect(electron.calls.find((c: { name: string }) => c.name === 'window.loadURL').args).toEqual(['app://renderer/index.html'])
  })

  it('handles every contract channel, trusting only the app window', async () => {
    expect(Object.keys(electron.ipcMain.handlers).sort()).toEqual([...INVOKE_CHANNELS].sort())
    const contents = electron.BrowserWindow.getAllWindows()[0].webContents
    const info = await electron.ipcMain.handlers['app:info']({ sender: contents, senderFrame: contents.mainFrame })
    expect(info).toMatchObject({ ok: true, value: { dataDir, keychainService: service } })
    const stranger = { id: 999, mainFrame: contents.mainFrame }
    expect(await electron.ipcMain.handlers['app:info']({ sender: stranger, senderFrame: stranger.mainFrame })).toMatchObject({ ok: false, code: 'untrusted-sender' })
    const list = await electron.ipcMain.handlers['tokens:list']({ sender: contents, senderFrame: contents.mainFrame })
    expect(list.value.map((t: { label: string }) => t.label)).toEqual(['ci'])
  })

  it('serves the renderer over app:// with the CSP header, and nothing outside it', async () => {
    const handler = electron.protocolHandlers.app
    const page = await handler(new Request('app://renderer/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(PRODUCTION_CSP)
    expect(await page.text()).toContain('<div id="root">')
    expect((await handler(new Request('app://renderer/..%2f..%2fpackage.json'))).status).toBe(404)
  })

  it('denies navigation away, new windows and permissions', () => {
    const contents = electron.BrowserWindow.getAllWindows()[0].webContents
    const away = { prevented: false, preventDefault() { this.prevented = true } }
    contents.emit('will-navigate', away, 'https://example.com/')
    const inside = { prevented: false, preventDefault() { this.prevented = true } }
    contents.emit('will-navigate', inside, 'app://renderer/index.html')
    expect([away.prevented, inside.prevented]).toEqual([true, false])
    expect(contents.windowOpenHandler({ url: 'https://github.com/' })).toEqual({ action: 'deny' })
    const answers: boolean[] = []
    electron.session.permissionRequest(contents, 'media', (ok: boolean) => answers.push(ok))
    expect(answers).toEqual([false])
    expect(electron.session.permissionCheck(contents, 'geolocation')).toBe(false)
  })

  it('opens allowlisted links only', async () => {
    const contents = electron.BrowserWindow.getAllWindows()[0].webContents
    const event = { sender: contents, senderFrame: contents.mainFrame }
    expect(await electron.ipcMain.handlers['app:open-external'](event, 'https://github.com/settings/tokens')).toMatchObject({ ok: true })
    expect(await electron.ipcMain.handlers['app:open-external'](event, 'https://github.com.evil.example/')).toMatchObject({ ok: false, code: 'not-allowed' })
    const opened = electron.calls.filter((c: { name: string }) => c.name === 'shell.openExternal').map((c: { args: string[] }) => c.args[0])
    expect(opened).toEqual(['https://github.com/settings/tokens'])
  })

  it('shows the tray with the token by urgency and notifies about the expiring token', async () => {
    await until(() => electron.Tray.last?.menu !== null && electron.Notification.created.length > 0)
    const labels = electron.Tray.last.menu.template.map((item: { label?: string }) => item.label ?? '')
    expect(labels.some((l: string) => l.includes('ci'))).toBe(true)
    expect(labels).toContain('Quit')
    expect(electron.Tray.last.tooltip).toMatch(/PAT Keeper/)
    expect(electron.Notification.created[0].options.title).toMatch(/ci/)
  })

  it('sends token checks through the proxy the OS names for the host (session.resolveProxy)', async () => {
    const proxy = await startConnectProxy({ loopbackOnly: true })
    try {
      electron.session.defaultSession.proxyAnswer = `PROXY ${new URL(proxy.url).host}; DIRECT`
      const contents = electron.BrowserWindow.getAllWindows()[0].webContents
      const list = await electron.ipcMain.handlers['tokens:list']({ sender: contents, senderFrame: contents.mainFrame })
      const result = await electron.ipcMain.handlers['tokens:check']({ sender: contents, senderFrame: contents.mainFrame }, list.value[0].id)
      expect(result).toMatchObject({ ok: true, value: { status: 'unreachable' } }) // no network here: the proxy cannot reach gitlab.com
      expect(proxy.tunnels).toContain('gitlab.com:443')
      expect(electron.calls.some((c: { name: string; args: string[] }) => c.name === 'session.resolveProxy' && c.args[0]!.startsWith('https://gitlab.com/'))).toBe(true)
    } finally {
      await proxy.close()
    }
  })

  it('keeps running in the tray when the window is closed', () => {
    electron.app.emit('window-all-closed')
    expect(names()).not.toContain('app.quit')
  })
})

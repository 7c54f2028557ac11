import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeElectron } from '../../rigs/electron/load-with-fake'
import { callNames, startGlue } from './glue-setup'

// A second launch (another click on the icon, or git starting the app) while one instance runs.
describe('a second instance that loses the single-instance lock', () => {
  let glue: Awaited<ReturnType<typeof startGlue>>
  let electron: FakeElectron
  beforeAll(async () => {
    glue = await startGlue({ knobs: { lockTaken: true }, waitForReady: false })
    electron = glue.electron
    // Real Electron still emits `ready` after app.quit() before ready (browser.cc): give the bundle the chance.
    await new Promise((r) => setTimeout(r, 300))
  })
  afterAll(() => glue.cleanup())

  it('exits at once and does no ready work: no services, window, tray, IPC or notification', () => {
    const names = callNames(electron)
    expect(names).toContain('app.exit')
    expect(electron.calls.find((c: { name: string }) => c.name === 'app.exit').args).toEqual([0])
    expect(names).not.toContain('new BrowserWindow')
    expect(names).not.toContain('new Tray')
    expect(names).not.toContain('Menu.setApplicationMenu')
    expect(Object.keys(electron.ipcMain.handlers)).toHaveLength(0)
    expect(electron.Notification.created).toHaveLength(0)
    expect(names.indexOf('app.exit')).toBeLessThan(names.indexOf('ready'))
  })
})

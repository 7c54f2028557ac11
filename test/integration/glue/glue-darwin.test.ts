import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeElectron } from '../../rigs/electron/load-with-fake'
import { callNames, fromWindow, startGlue, until } from './glue-setup'

// macOS as Electron 45 documents it: an unsigned app's notifications emit `failed`, a login launch is told
// by wasOpenedAtLogin, action buttons report their index in the event details.
describe('main process on macOS (recording stand-in, platform darwin, unsigned, opened at login)', () => {
  let glue: Awaited<ReturnType<typeof startGlue>>
  let electron: FakeElectron
  beforeAll(async () => {
    glue = await startGlue({ platform: 'darwin', knobs: { codeSigned: false, wasOpenedAtLogin: true } })
    electron = glue.electron
    await until(() => electron.Notification.created.length > 0)
  })
  afterAll(() => glue.cleanup())

  it('starts hidden at login (wasOpenedAtLogin), with no window', () => {
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(0)
    expect(callNames(electron)).not.toContain('app.setAppUserModelId')
  })

  it('shows the alert count on the Dock badge and says so in the tray when the unsigned app may not notify', async () => {
    await until(() => callNames(electron).includes('app.setBadgeCount'))
    expect(callNames(electron)).toContain('notification.failed')
    expect(electron.app.badge).toBe(1)
    await until(() => electron.Tray.last.tooltip.includes('notifications are blocked'))
  })

  it('once signed, opens the renewal screen from the Renew button (Electron 45 action details), and clears the badge', async () => {
    electron.app.knobs.codeSigned = true
    const second = await glue.services.vault.add({ host: 'gitlab', label: 'deploy', secret: 'glpat-GlueTest1111111111', expiresAt: new Date(Date.now() + 86_400_000).toISOString() })
    electron.powerMonitor.emit('resume') // the watch runs again after sleep and sees the new token
    await until(() => electron.Notification.shown.length > 0)
    const toast = electron.Notification.shown[0]
    expect(toast.options.title).toMatch(/deploy/)
    expect(toast.options.actions.map((a: { text: string }) => a.text)).toEqual(['Renew…', 'Snooze 24 h'])
    toast.fireAction(0)
    await until(() => callNames(electron).includes('window.show'))
    const pending = await electron.ipcMain.handlers['app:pending-navigation'](fromWindow(electron))
    expect(pending).toEqual({ ok: true, value: { view: 'renew', tokenId: second.id } })
    expect(electron.app.badge).toBe(0)
    expect(electron.Tray.last.tooltip).not.toContain('blocked')
  })

  it('keeps running after the window closes (menu bar icon), telling the user once how to come back and quit', async () => {
    electron.app.emit('window-all-closed')
    await until(() => electron.Notification.created.some((n: { options: { title: string } }) => n.options.title === 'PAT Keeper is still running'))
    const notice = electron.Notification.created.find((n: { options: { title: string } }) => n.options.title === 'PAT Keeper is still running')
    expect(notice.options.body).toMatch(/menu bar.*Quit/)
    expect(callNames(electron)).not.toContain('app.quit')
    const count = electron.Notification.created.length
    electron.app.emit('window-all-closed')
    await new Promise((r) => setTimeout(r, 200))
    expect(electron.Notification.created.length).toBe(count) // once only
  })
})

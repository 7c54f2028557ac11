import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ID } from '../../../electron/platform/app-id'
import type { FakeElectron } from '../../rigs/electron/load-with-fake'
import { callNames, fromWindow, startGlue, until } from './glue-setup'

// Windows as Electron 45 documents it: toasts need the AppUserModelId, clicks from Action Center arrive
// through Notification.handleActivation, the tray opens on a left click, before-quit is awaited.
describe('main process on Windows (recording stand-in, platform win32)', () => {
  let glue: Awaited<ReturnType<typeof startGlue>>
  let electron: FakeElectron
  const navigations = () => fromWindow(electron).sender.sent.filter((m: { channel: string }) => m.channel === 'app:navigate').map((m: { payload: unknown }) => m.payload)
  beforeAll(async () => {
    glue = await startGlue({ platform: 'win32' })
    electron = glue.electron
    await until(() => electron.Notification.created.length > 0)
  })
  afterAll(() => glue.cleanup())

  it('sets the AppUserModelId (= electron-builder appId, builder-config.test.ts) before any notification, so the toast is shown', () => {
    const names = callNames(electron)
    expect(electron.app.userModelId).toBe(APP_ID)
    expect(names.indexOf('app.setAppUserModelId')).toBeLessThan(names.indexOf('notification.show'))
    expect(names).not.toContain('notification.ignored')
    expect(electron.Notification.shown[0].options.title).toMatch(/ci/)
  })

  it('offers Renew and Snooze buttons, and routes an Action Center click (object gone) to the renewal screen', async () => {
    const toast = electron.Notification.shown[0]
    expect(toast.options.actions.map((a: { text: string }) => a.text)).toEqual(['Renew…', 'Snooze 24 h'])
    expect(toast.options.id.length).toBeLessThanOrEqual(64)
    expect(callNames(electron)).toContain('Notification.handleActivation')
    electron.Notification.activate({ type: 'click', arguments: `type=click&tag=${toast.options.id}` })
    expect(navigations().at(-1)).toEqual({ view: 'renew', tokenId: glue.tokenId })
    // A toast from before a restart carries an id this run never showed: the timeline lists what is due.
    electron.Notification.activate({ type: 'click', arguments: '' })
    expect(navigations().at(-1)).toEqual({ view: 'timeline' })
  })

  it('snoozes from the toast button through the activation callback', async () => {
    const toast = electron.Notification.shown[0]
    electron.Notification.activate({ type: 'action', actionIndex: 1, arguments: `type=action&action=1&tag=${toast.options.id}` })
    let snoozed: string | undefined
    await until(() => {
      void glue.services.vault.list().then((list) => (snoozed = list[0]?.alerts?.snoozedUntil))
      return snoozed !== undefined
    })
    expect(Date.parse(snoozed!)).toBeGreaterThan(Date.now() + 23 * 3_600_000)
  })

  it('opens the window on a left click on the tray icon', () => {
    const shows = callNames(electron).filter((n) => n === 'window.show').length
    electron.Tray.last.fireClick()
    expect(callNames(electron).filter((n) => n === 'window.show').length).toBe(shows + 1)
  })

  it('registers the login item with --hidden (and the app folder for a checkout)', async () => {
    const settings = await electron.ipcMain.handlers['settings:update'](fromWindow(electron), { startAtLogin: true })
    expect(settings).toMatchObject({ ok: true })
    await until(() => electron.app.getLoginItemSettings().openAtLogin === true)
    expect(electron.app.getLoginItemSettings()).toMatchObject({ openAtLogin: true, path: process.execPath, args: ['/checkout/pat-keeper', '--hidden'] })
  })

  it('clears a copied token on log-off (session-end) and before quitting, and only then quits', async () => {
    const window = electron.BrowserWindow.getAllWindows()[0]
    expect(window.listenerCount('query-session-end')).toBe(1)
    expect(window.listenerCount('session-end')).toBe(1)
    const copy = await electron.ipcMain.handlers['git:copy-token'](fromWindow(electron), glue.tokenId)
    expect(copy).toMatchObject({ ok: true })
    expect(electron.clipboard.text).toBe('glpat-GlueTest0000000000')
    window.emit('session-end', { reasons: ['logoff'], preventDefault() {} })
    await until(() => electron.clipboard.text === '')
    await electron.ipcMain.handlers['git:copy-token'](fromWindow(electron), glue.tokenId)
    expect(electron.clipboard.text).toBe('glpat-GlueTest0000000000')
    electron.app.quit()
    expect(callNames(electron).at(-1)).toBe('app.quit') // held: the clear runs first
    await until(() => callNames(electron).includes('app.quit.done'))
    expect(electron.clipboard.text).toBe('')
  })
})

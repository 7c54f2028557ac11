import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import type { FakeElectron } from '../../rigs/electron/load-with-fake'
import { callNames, startGlue, until } from './glue-setup'

// Linux as Electron 45 documents it: setLoginItemSettings does nothing there, stock GNOME shows no tray.
// A packaged AppImage started at login (--hidden), on a GNOME session without the AppIndicator extension.
describe('main process on Linux (recording stand-in, platform linux, packaged AppImage)', () => {
  let glue: Awaited<ReturnType<typeof startGlue>>
  let electron: FakeElectron
  const config = tempDir('patkeeper-xdg-')
  const autostart = join(config, 'autostart', 'pat-keeper.desktop')
  const menuItem = (label: string) => electron.Tray.last.menu.template.find((i: { label?: string }) => i.label === label)
  beforeAll(async () => {
    Object.assign(process.env, { XDG_CONFIG_HOME: config, APPIMAGE: '/home/me/Apps/PAT Keeper.AppImage', XDG_CURRENT_DESKTOP: 'GNOME' })
    glue = await startGlue({ platform: 'linux', argv: ['--hidden'], packaged: true })
    electron = glue.electron
    await until(() => electron.Tray.last.menu !== null)
  })
  afterAll(async () => {
    for (const key of ['XDG_CONFIG_HOME', 'APPIMAGE', 'XDG_CURRENT_DESKTOP']) delete process.env[key]
    await glue.cleanup()
  })

  it('starts hidden when launched at login: tray and watch, no window', () => {
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(0)
    expect(callNames(electron)).toContain('new Tray')
  })

  it('keeps Chromium files in their own sessionData folder', () => {
    expect(electron.app.getPath('sessionData')).toBe(join(glue.dataDir, 'chromium'))
  })

  it('writes an XDG autostart entry that starts the AppImage hidden, and removes it again', async () => {
    menuItem('Start at login').click()
    await until(() => existsSync(autostart))
    const entry = readFileSync(autostart, 'utf8')
    expect(entry).toMatch(/^\[Desktop Entry\]\nType=Application\n/)
    expect(entry).toContain('Exec="/home/me/Apps/PAT Keeper.AppImage" --hidden\n')
    // Electron's own call does nothing on Linux (app.md: macOS/Windows); the stand-in records it as ignored.
    expect(callNames(electron)).not.toContain('app.setLoginItemSettings')
    await until(() => menuItem('Start at login')?.checked === true)
    menuItem('Start at login').click()
    await until(() => !existsSync(autostart))
  })

  it('opens the window from the tray, only once it is ready to show, with no Reload or DevTools in the menu', async () => {
    menuItem('Open PAT Keeper').click()
    await until(() => callNames(electron).includes('window.show'))
    const names = callNames(electron)
    expect(names.indexOf('window.ready-to-show')).toBeLessThan(names.indexOf('window.show'))
    const menu = JSON.stringify(electron.menus.application.template)
    for (const role of ['copy', 'paste', 'selectAll', 'undo']) expect(menu).toContain(`"role":"${role}"`)
    expect(menu).not.toMatch(/reload|forceReload|toggleDevTools/)
    expect(menu).toContain('Quit PAT Keeper')
  })

  it('quits when the window closes on stock GNOME (no tray icon to come back through)', async () => {
    electron.app.emit('window-all-closed')
    await until(() => callNames(electron).includes('app.quit'))
  })
})

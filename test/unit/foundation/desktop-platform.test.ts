import { describe, expect, it } from 'vitest'
import { openCommandFor } from '../../../electron/app/node-deps'
import { autostartEntry, autostartFile, launcherCommand } from '../../../electron/platform/autostart'
import { keepsRunningInBackground, trayLikelyVisible } from '../../../electron/platform/background'
import { startsHidden } from '../../../electron/platform/launch'
import { withDevProfile } from '../../../electron/platform/paths'
import { tokenPageUrl } from '../../../shared/hosts/catalog'

describe('desktop rules per OS', () => {
  it('opens token pages on Windows without cmd, so `&` in the URL survives', () => {
    const url = tokenPageUrl({ kind: 'gitlab', location: { kind: 'gitlab', url: 'https://gitlab.com' }, purpose: 'write', tokenName: 'laptop' })
    expect(url).toContain('&')
    const [cmd, args] = openCommandFor('win32', url)
    expect(cmd).not.toMatch(/cmd/i)
    expect(args.at(-1)).toBe(url)
    expect(openCommandFor('linux', url)).toEqual(['xdg-open', [url]])
  })

  it('writes a Desktop Entry whose Exec quotes paths with spaces and ends with --hidden', () => {
    const packaged = launcherCommand({ env: { APPIMAGE: '/home/a b/PAT.AppImage' }, execPath: '/tmp/.mount_x/pat-keeper', isPackaged: true, appPath: '' })
    expect(packaged).toEqual(['/home/a b/PAT.AppImage'])
    expect(launcherCommand({ env: {}, execPath: '/opt/PAT Keeper/pat-keeper', isPackaged: true, appPath: '' })).toEqual(['/opt/PAT Keeper/pat-keeper'])
    expect(launcherCommand({ env: {}, execPath: '/n/electron', isPackaged: false, appPath: '/src/pk' })).toEqual(['/n/electron', '/src/pk'])
    expect(autostartEntry(['/home/a b/$x".AppImage'])).toContain('Exec="/home/a b/\\$x\\".AppImage" --hidden\n')
    expect(autostartFile({ XDG_CONFIG_HOME: '/c' }, '/h')).toBe('/c/autostart/pat-keeper.desktop')
    expect(autostartFile({}, '/h')).toBe('/h/.config/autostart/pat-keeper.desktop')
  })

  it('keeps running in the background by default only where a tray icon shows', () => {
    expect(trayLikelyVisible('linux', { XDG_CURRENT_DESKTOP: 'GNOME' })).toBe(false)
    expect(trayLikelyVisible('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })).toBe(true)
    expect(trayLikelyVisible('linux', { XDG_CURRENT_DESKTOP: 'KDE' })).toBe(true)
    expect(keepsRunningInBackground(null, 'linux', { XDG_CURRENT_DESKTOP: 'GNOME' })).toBe(false)
    expect(keepsRunningInBackground(true, 'linux', { XDG_CURRENT_DESKTOP: 'GNOME' })).toBe(true)
    expect(keepsRunningInBackground(null, 'win32', {})).toBe(true)
  })

  it('tells a login launch apart on every OS', () => {
    expect(startsHidden({ argv: ['pat-keeper', '--hidden'], platform: 'linux' })).toBe(true)
    expect(startsHidden({ argv: ['pat-keeper'], platform: 'win32' })).toBe(false)
    expect(startsHidden({ argv: ['PAT Keeper'], platform: 'darwin', wasOpenedAtLogin: true })).toBe(true)
  })

  it('gives a checkout run its own keychain service and data folder unless set', () => {
    expect(withDevProfile({}, '/h')).toMatchObject({ PATKEEPER_KEYCHAIN_SERVICE: 'PAT Keeper Dev', PATKEEPER_HOME: '/h/.config/PAT Keeper Dev' })
    expect(withDevProfile({ PATKEEPER_HOME: '/x' }, '/h').PATKEEPER_HOME).toBe('/x')
  })
})

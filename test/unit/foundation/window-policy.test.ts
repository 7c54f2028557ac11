import { describe, expect, it } from 'vitest'
import { isAppPageUrl, WINDOW_OPEN_DECISION } from '../../../electron/security/navigation'
import { isPermissionAllowed } from '../../../electron/security/permissions'
import { readFileSync } from 'node:fs'

describe('window policies', () => {
  it('lets the window show only the app itself', () => {
    expect(isAppPageUrl('app://renderer/index.html')).toBe(true)
    expect(isAppPageUrl('https://github.com/')).toBe(false)
    expect(isAppPageUrl('app://renderer.evil/')).toBe(false)
    expect(isAppPageUrl('file:///index.html')).toBe(false)
    expect(isAppPageUrl('http://127.0.0.1:5173/', 'http://127.0.0.1:5173')).toBe(true)
    expect(isAppPageUrl('http://127.0.0.1:5173/')).toBe(false)
  })

  it('denies every new window', () => {
    expect(WINDOW_OPEN_DECISION).toEqual({ action: 'deny' })
  })

  it('denies permissions except sanitized clipboard writes', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'midi', 'pointerLock', 'fullscreen']) {
      expect(isPermissionAllowed(p)).toBe(false)
    }
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true)
  })

  it('locks down webPreferences literally in the BrowserWindow call (static check)', () => {
    const source = readFileSync(new URL('../../../electron/window/main-window.ts', import.meta.url), 'utf8')
    for (const line of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'nodeIntegrationInWorker: false', 'nodeIntegrationInSubFrames: false', 'webviewTag: false', 'allowRunningInsecureContent: false', 'experimentalFeatures: false', "disableBlinkFeatures: 'Auxclick'", 'devTools: !options.isPackaged']) {
      expect(source).toContain(line)
    }
    for (const forbidden of ['webSecurity', 'enableBlinkFeatures', 'nodeIntegration: true', 'contextIsolation: false', 'sandbox: false']) {
      expect(source).not.toContain(forbidden)
    }
  })
})

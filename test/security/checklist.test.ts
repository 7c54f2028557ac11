import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ExternalLinkPolicy } from '../../electron/security/external-links'
import { isAppPageUrl, WINDOW_OPEN_DECISION } from '../../electron/security/navigation'
import { isPermissionAllowed } from '../../electron/security/permissions'
import { PRODUCTION_CSP } from '../../electron/security/csp'
import { catalogLinkHosts } from '../../shared/hosts/link-hosts'
import { suiteFigures } from './support/figures'

// The security checklist of ARCHITECTURE.md, item by item, checked against the real sources and policy
// functions (the Electron glue itself cannot run here). Each test counts toward that item's figure.
const ROOT = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const figures = suiteFigures('checklist')
afterAll(() => figures.write())

/** Every .ts/.tsx/.js/.cjs/.mjs source file of the app (not tests, not build output). */
const appSources = (): string[] => {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const rel = join(dir, name)
      if (statSync(join(ROOT, rel)).isDirectory()) walk(rel)
      else if (/\.(ts|tsx|js|cjs|mjs)$/.test(name)) out.push(rel)
    }
  }
  for (const dir of ['electron', 'renderer', 'shared', 'scripts', 'build']) walk(dir)
  return out
}

describe('security checklist, item by item', () => {
  it('web-preferences: literal locked-down values in the one BrowserWindow call', () => {
    const source = read('electron/window/main-window.ts')
    const prefs = /webPreferences:\s*\{([\s\S]*?)\n\s{4}\}/.exec(source)?.[1] ?? ''
    for (const line of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'nodeIntegrationInWorker: false', 'nodeIntegrationInSubFrames: false', 'webviewTag: false', 'allowRunningInsecureContent: false', 'experimentalFeatures: false'])
      expect(prefs).toContain(line)
    expect(prefs).not.toMatch(/\.\.\.|webSecurity:\s*false/) // no spread that could override, web security left on
    const windows = appSources().filter((f) => /new BrowserWindow\(|new BrowserView\(|WebContentsView\(/.test(read(f)))
    expect(windows).toEqual(['electron/window/main-window.ts'])
    figures.passed('web-preferences')
  })

  it('enable-sandbox: app.enableSandbox() runs before the app is ready', () => {
    const main = read('electron/main.ts')
    expect(main.indexOf('app.enableSandbox()')).toBeGreaterThan(-1)
    expect(main.indexOf('app.enableSandbox()')).toBeLessThan(main.indexOf('app.whenReady()'))
    figures.passed('enable-sandbox')
  })

  it('app-protocol-csp: the page comes from app:// and the production CSP allows nothing inline or remote', () => {
    expect(read('electron/window/main-window.ts')).toContain("'app://renderer/index.html'")
    expect(PRODUCTION_CSP).toContain("default-src 'none'")
    expect(PRODUCTION_CSP).toContain("script-src 'self'")
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
    expect(read('electron/security/session.ts')).toContain("'content-security-policy': csp")
    figures.passed('app-protocol-csp')
  })

  it('navigation-denied: only app pages may load, every new window is denied, webviews refused', () => {
    expect(isAppPageUrl('app://renderer/index.html')).toBe(true)
    for (const url of ['https://github.com/', 'app://evil/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1:5173/', 'not a url'])
      expect(isAppPageUrl(url), url).toBe(false)
    expect(WINDOW_OPEN_DECISION).toEqual({ action: 'deny' })
    const main = read('electron/main.ts')
    for (const hook of ["'will-navigate'", "'will-redirect'", "'will-attach-webview'", 'setWindowOpenHandler']) expect(main).toContain(hook)
    figures.passed('navigation-denied')
  })

  it('open-external-allowlist: only https links without credentials to catalog hosts', () => {
    const policy = new ExternalLinkPolicy(catalogLinkHosts())
    expect(policy.normalise('https://github.com/settings/personal-access-tokens/new')).not.toBeNull()
    for (const url of ['http://github.com/', 'https://user:pw@github.com/', 'https://github.com.evil.example/', 'https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://github.com:8443/', 'smb://github.com/'])
      expect(policy.normalise(url), url).toBeNull()
    const opens = appSources().filter((f) => /shell\.openExternal\(/.test(read(f)))
    expect(opens).toEqual(['electron/main.ts']) // one call site, behind ExternalLinkPolicy
    figures.passed('open-external-allowlist')
  })

  it('permissions-denied: every permission but user-gesture clipboard writes is refused', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'fullscreen', 'pointerLock', 'clipboard-read', 'hid', 'serial', 'usb', 'unknown'])
      expect(isPermissionAllowed(permission), permission).toBe(false)
    expect(read('electron/main.ts')).toContain('lockDownPermissions(session.defaultSession)')
    figures.passed('permissions-denied')
  })

  it('tls-not-weakened: no source turns certificate checks off', () => {
    const weakening = /rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED|setCertificateVerifyProc|'certificate-error'|ignore-certificate-errors|checkServerIdentity\s*:|http\.sslVerify\s*=?\s*false|GIT_SSL_NO_VERIFY|insecureHTTPParser/
    const offenders = appSources().filter((f) => weakening.test(read(f)))
    expect(offenders).toEqual([])
    figures.passed('tls-not-weakened')
  })

  it('fuses: every Electron fuse electron-builder knows is set explicitly, locked down', () => {
    const require = createRequire(import.meta.url)
    const config = require(join(ROOT, 'build/electron-builder.config.cjs')) as { electronFuses: Record<string, boolean> }
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
    figures.passed('fuses')
  })
})

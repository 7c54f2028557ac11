// Electron entry: thin glue from Electron's APIs to the plain-Node services. Everything that can be
// tested without Electron lives elsewhere; this file wires it and applies the security checklist.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, Menu, session, shell } from 'electron'
import { createNodeDeps } from './app/node-deps'
import { createServices } from './app/services'
import { refreshGitHelper } from './git/helper-start'
import { clearClipboardBeforeQuit } from './clipboard/quit-guard'
import { electronClipboard } from './clipboard/electron-clipboard'
import { createDispatcher, type Handlers } from './ipc/dispatch'
import { createEmitter } from './ipc/emit'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register'
import { APP_ID } from './platform/app-id'
import { closeToBackground } from './platform/close-to-background'
import { startsHidden } from './platform/launch'
import { applyStartAtLogin } from './platform/login-item'
import { dataDirFor, sessionDataDirFor, withDevProfile } from './platform/paths'
import { PRODUCTION_CSP, devCsp } from './security/csp'
import { isAppPageUrl, WINDOW_OPEN_DECISION } from './security/navigation'
import { lockDownPermissions, registerAppScheme, serveAppProtocol } from './security/session'
import { appMenuTemplate } from './window/app-menu'
import { createMainWindow } from './window/main-window'
import { createWindowKeeper } from './window/window-keeper'
import { startDesktopWatch } from './tray/desktop-watch'
import { osNetwork } from './validation/os-network'
import type { Settings } from '../shared/domain/settings'

const platform = process.platform
// A run from a checkout (`npm start`, `npm run dev`) uses the dev profile: its own keychain service, data
// folder and so single-instance lock (Chromium keeps the lock in userData), never the installed app's.
const env = app.isPackaged ? process.env : withDevProfile(process.env, homedir())
const dataDir = dataDirFor({ env, platform, homedir: homedir() })

// Checklist item 4 (enable process sandboxing): every renderer is sandboxed, before anything is created.
app.enableSandbox()
registerAppScheme()
app.setPath('userData', dataDir) // the same data folder rule as the CLI (PATKEEPER_HOME overrides it)
app.setPath('sessionData', sessionDataDirFor(dataDir)) // Chromium's cache beside, not among, our files
// Before any notification (electron-builder nsis.md: "set the Application User Model ID (AUMID) to the appId").
if (platform === 'win32') app.setAppUserModelId(APP_ID)

// A second launch (git's helper before issue 11, a second click on the icon) hands over to the first and
// exits at once: app.quit() before ready still emits `ready` (audit S1-1), app.exit() does not run anything.
if (!app.requestSingleInstanceLock()) app.exit(0)
else startPrimary()

function startPrimary() {
  const devServerUrl = !app.isPackaged ? process.env.VITE_DEV_SERVER_URL : undefined
  const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined
  const trustedIds = new Set<number>()

  // Checklist items 13-14: no navigation away from the app, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => {
    const refuse = (event: { preventDefault(): void }, url: string) => {
      if (!isAppPageUrl(url, devServerOrigin)) event.preventDefault()
    }
    contents.on('will-navigate', refuse)
    contents.on('will-redirect', refuse)
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => WINDOW_OPEN_DECISION)
  })

  void app.whenReady().then(() => {
    const toWindows = createEmitter(() => BrowserWindow.getAllWindows().map((w) => w.webContents))
    const watch: { current?: ReturnType<typeof startDesktopWatch> } = {}
    const deps = createNodeDeps({
      env,
      dataDir,
      appVersion: app.getVersion(),
      // Token checks go out like the OS's own traffic: its proxy settings and trusted certificates.
      network: osNetwork(session.defaultSession),
      // URLs reach this only after ExternalLinkPolicy (electron/security/external-links.ts) allowed them.
      openExternal: (url) => shell.openExternal(url), /* eng-disable OPEN_EXTERNAL_JS_CHECK */
      emit: (event, payload) => {
        toWindows(event, payload)
        if (event === 'tokens:changed') watch.current?.tokenChanged() // the expiry watch re-runs after any token change
      },
    })
    const services = createServices(deps)
    const windows = createWindowKeeper({
      create: () => createMainWindow({ preloadPath: join(__dirname, 'preload.cjs'), devServerUrl, isPackaged: app.isPackaged, onSessionEnd: () => void Promise.all([services.clipboard.flush(), services.checker.flush()]) }),
      trustedIds,
      navigate: (route) => deps.emit('app:navigate', route),
      queueFirstScreen: (route) => services.navigation.push(route),
      onShown: () => watch.current?.windowShown(),
    })
    services.clipboard.attach(electronClipboard())
    // Never leave a copied token behind, nor lose a check result Check all already reported (written in batches).
    clearClipboardBeforeQuit(app, () => Promise.all([services.clipboard.flush(), services.checker.flush()]))
    serveAppProtocol(session.defaultSession, join(__dirname, '..', 'dist', 'renderer'), devServerOrigin ? devCsp(devServerOrigin) : PRODUCTION_CSP)
    lockDownPermissions(session.defaultSession)
    registerIpc(createDispatcher(withSettingsHook(createHandlers(services), (s) => watch.current?.settingsChanged(s)), { trustedIds, devServerOrigin }, deps.log))
    const quit = () => app.quit()
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform, isPackaged: app.isPackaged, openWindow: () => windows.show(), quit })))
    app.on('second-instance', () => windows.show())
    app.on('activate', () => windows.show())
    // Closing the window keeps PAT Keeper watching where that suits the desktop, else it quits.
    app.on('window-all-closed', () => void closeToBackground({ services, platform, env, quit }))
    // The shipped `patkeeper` goes to its stable per-user path and stale git setups are repaired (not awaited:
    // git setup installs it again on demand, and a failure is logged for `patkeeper doctor`).
    void refreshGitHelper(services.git, deps.log)
    const loginItem = { env, execPath: process.execPath, isPackaged: app.isPackaged, appPath: app.getAppPath(), platform, homedir: homedir() }
    const setStartAtLogin = (enabled: boolean) => applyStartAtLogin({ ...loginItem, setLoginItemSettings: (s) => app.setLoginItemSettings(s) }, enabled)
    const wasOpenedAtLogin = platform === 'darwin' ? app.getLoginItemSettings().wasOpenedAtLogin : undefined
    if (!startsHidden({ argv: process.argv, platform, wasOpenedAtLogin })) windows.show() // a login launch waits in the tray
    watch.current = startDesktopWatch(services, { show: windows.show, quit, setStartAtLogin, platform }) // tray, notifications, scheduler
  })
}

/** Lets the desktop re-apply settings the settings screen saved (the login item lives in the OS). */
function withSettingsHook(handlers: Handlers, changed: (settings: Settings) => void): Handlers {
  const update = handlers['settings:update']
  return {
    ...handlers,
    'settings:update': async (patch) => {
      const settings = await update(patch)
      changed(settings)
      return settings
    },
  }
}

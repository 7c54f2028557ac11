// Electron entry: thin glue from Electron's APIs to the plain-Node services. Everything that can be
// tested without Electron lives elsewhere; this file wires it and applies the security checklist.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, session, shell } from 'electron'
import { createNodeDeps } from './app/node-deps'
import { createServices } from './app/services'
import { electronClipboard } from './clipboard/electron-clipboard'
import { createDispatcher } from './ipc/dispatch'
import { createEmitter } from './ipc/emit'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register'
import { dataDirFor } from './platform/paths'
import { PRODUCTION_CSP, devCsp } from './security/csp'
import { isAppPageUrl, WINDOW_OPEN_DECISION } from './security/navigation'
import { lockDownPermissions, registerAppScheme, serveAppProtocol } from './security/session'
import { createMainWindow } from './window/main-window'
import { startDesktopWatch } from './tray/desktop-watch'
import type { NavigateRequest } from '../shared/ipc/channels/app'

// Checklist item 4 (enable process sandboxing): every renderer is sandboxed, before anything is created.
app.enableSandbox()
registerAppScheme()
// The same data folder rule as the CLI (PATKEEPER_HOME overrides Electron's userData).
app.setPath('userData', dataDirFor({ env: process.env, platform: process.platform, homedir: homedir() }))

const devServerUrl = !app.isPackaged ? process.env.VITE_DEV_SERVER_URL : undefined
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined
const trustedIds = new Set<number>()
let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) app.quit()

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

// Set once services exist: asks the renderer for a screen (tray and notification clicks).
let navigate: (route: NavigateRequest) => void = () => undefined
let pendingNavigation: (route: NavigateRequest) => void = () => undefined

const showWindow = (route?: NavigateRequest) => {
  const fresh = !mainWindow || mainWindow.isDestroyed()
  // A new page takes its first screen from the inbox when it starts (set before it loads); a page already
  // running gets an event instead.
  if (route && fresh) pendingNavigation(route)
  else if (route) navigate(route)
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({ preloadPath: join(__dirname, 'preload.cjs'), devServerUrl, isPackaged: app.isPackaged })
    const id = mainWindow.webContents.id
    trustedIds.add(id)
    mainWindow.webContents.once('destroyed', () => trustedIds.delete(id))
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

app.on('second-instance', () => showWindow())
app.on('activate', () => showWindow())

void app.whenReady().then(() => {
  const toWindows = createEmitter(() => BrowserWindow.getAllWindows().map((w) => w.webContents))
  const watch: { current?: { tokenChanged(): void } } = {}
  const deps = createNodeDeps({
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    // URLs reach this only after ExternalLinkPolicy (electron/security/external-links.ts) allowed them.
    openExternal: (url) => shell.openExternal(url), /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    emit: (event, payload) => {
      toWindows(event, payload)
      if (event === 'tokens:changed') watch.current?.tokenChanged() // the expiry watch re-runs after any token change
    },
  })
  navigate = (route) => deps.emit('app:navigate', route)
  const services = createServices(deps)
  pendingNavigation = (route) => services.navigation.push(route)
  services.clipboard.attach(electronClipboard())
  app.on('before-quit', () => void services.clipboard.flush()) // never leave a copied token behind
  serveAppProtocol(session.defaultSession, join(__dirname, '..', 'dist', 'renderer'), devServerOrigin ? devCsp(devServerOrigin) : PRODUCTION_CSP)
  lockDownPermissions(session.defaultSession)
  registerIpc(createDispatcher(createHandlers(services), { trustedIds, devServerOrigin }, deps.log))
  showWindow()
  watch.current = startDesktopWatch(services, { show: showWindow, quit: () => app.quit() }) // tray, notifications, scheduler
})

// Closing the window keeps PAT Keeper in the tray, watching expiry; "Quit" in the tray menu ends it.
app.on('window-all-closed', () => undefined)

// A recording stand-in for the `electron` module, for tests of the thin glue only (ARCHITECTURE.md: "the
// electron module is replaced only in tests of the thin glue"). It implements just the surface PAT Keeper's
// main process and preload use, records every call in `calls`, and lets a test fire Electron's events.
// It holds the glue to what Electron 45 documents per platform (the test picks `process.platform` before
// loading): calls real Electron ignores are recorded as `…ignored`, calls it lacks throw. Sources are cited
// next to each behaviour (electron/electron docs/api/*.md and shell/ sources, the 45.x line).
'use strict'
const { EventEmitter } = require('node:events')
const { setImmediate } = require('node:timers')

const calls = []
const record = (name, ...args) => calls.push({ name, args })
const platform = () => process.platform
let ready
const readyPromise = new Promise((resolve) => (ready = resolve))
let nextId = 1
/** Test knobs: set before loading the bundle. */
const knobs = { lockTaken: false, codeSigned: true, wasOpenedAtLogin: false }

class FakeWebContents extends EventEmitter {
  constructor() {
    super()
    this.id = nextId++
    this.mainFrame = { url: 'app://renderer/index.html' }
    this.sent = []
    this.windowOpenHandler = null
  }
  send(channel, payload) { this.sent.push({ channel, payload }) }
  isDestroyed() { return false }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler }
}

const quitEvent = () => ({ defaultPrevented: false, preventDefault() { this.defaultPrevented = true } })
const loginItem = { openAtLogin: false }
const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  paths: {},
  userModelId: undefined,
  badge: 0,
  enableSandbox: () => record('app.enableSandbox'),
  requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), !knobs.lockTaken),
  setPath: (name, value) => { record('app.setPath', name, value); app.paths[name] = value },
  getPath: (name) => app.paths[name],
  getAppPath: () => '/checkout/pat-keeper',
  getVersion: () => '0.1.0',
  whenReady: () => readyPromise,
  // app.md "before-quit": preventDefault() stops the quit; otherwise windows close and the app ends.
  quit: () => {
    record('app.quit')
    const event = quitEvent()
    app.emit('before-quit', event)
    if (!event.defaultPrevented) record('app.quit.done')
  },
  // app.md "app.exit": exits at once; before-quit / will-quit are not emitted.
  exit: (code) => record('app.exit', code),
  // app.md: setLoginItemSettings is macOS/Windows; on Linux it is an empty function (browser_linux.cc).
  setLoginItemSettings: (settings) => {
    if (platform() === 'linux') return record('app.setLoginItemSettings.ignored', settings)
    record('app.setLoginItemSettings', settings)
    Object.assign(loginItem, settings)
  },
  // app.md "getLoginItemSettings": `wasOpenedAtLogin` is macOS only.
  getLoginItemSettings: () => ({ ...loginItem, ...(platform() === 'darwin' ? { wasOpenedAtLogin: knobs.wasOpenedAtLogin } : {}) }),
  // app.md "setBadgeCount" is Linux/macOS; on Windows it does nothing and returns false.
  setBadgeCount: (count) => {
    if (platform() === 'win32') return (record('app.setBadgeCount.ignored', count), false)
    record('app.setBadgeCount', count)
    app.badge = count
    return true
  },
  /** Test hook: Electron is ready. */
  fireReady: () => { record('ready'); ready() },
  knobs,
})
// electron_api_app.cc binds setAppUserModelId only under BUILDFLAG(IS_WIN): elsewhere calling it throws.
if (platform() === 'win32') app.setAppUserModelId = (id) => { record('app.setAppUserModelId', id); app.userModelId = id }

const windows = []
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    record('new BrowserWindow', options)
    this.options = options
    this.webContents = new FakeWebContents()
    this.visible = false
    windows.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  static getAllWindows() { return windows.slice() }
  // browser-window.md "ready-to-show": emitted once the page has rendered, after loading starts.
  loadURL(url) {
    record('window.loadURL', url)
    setImmediate(() => { record('window.ready-to-show'); this.emit('ready-to-show') })
    return Promise.resolve()
  }
  show() { record('window.show'); this.visible = true }
  focus() {}
  isMinimized() { return false }
  restore() {}
  isDestroyed() { return false }
}

const protocolHandlers = {}
const session = {
  defaultSession: {
    protocol: { handle: (scheme, handler) => { record('protocol.handle', scheme); protocolHandlers[scheme] = handler } },
    setPermissionRequestHandler: (handler) => { session.permissionRequest = handler },
    setPermissionCheckHandler: (handler) => { session.permissionCheck = handler },
    // session.md "resolveProxy": resolves with a PAC result string; the test may set what the OS says.
    proxyAnswer: 'DIRECT',
    resolveProxy: async (url) => (record('session.resolveProxy', url), session.defaultSession.proxyAnswer),
  },
}

const ipcHandlers = {}
const rendererListeners = new Map()
const ipcRendererInvoked = []

class Tray extends EventEmitter {
  constructor(image) { super(); record('new Tray', image); Tray.last = this; this.menu = null; this.tooltip = '' }
  setImage(image) { this.image = image }
  setToolTip(text) { this.tooltip = text }
  setContextMenu(menu) { this.menu = menu }
  destroy() {}
  /** Test hook: a left click (tray.md "click"). */
  fireClick() { this.emit('click', { preventDefault() {} }, { x: 0, y: 0, width: 0, height: 0 }, { x: 0, y: 0 }) }
}

let activationCallback
class Notification extends EventEmitter {
  static isSupported() { return true }
  constructor(options) {
    super()
    // electron_api_notification.cc: on Windows an id over 64 UTF-16 units throws.
    if (platform() === 'win32' && options.id && options.id.length > 64) throw new Error('Notification id exceeds Windows limit of 64 UTF-16 characters')
    this.options = options
    this.id = options.id || `uuid-${nextId++}`
    Notification.created.push(this)
  }
  show() {
    // electron-builder nsis.md: without app.setAppUserModelId(appId) Windows toasts do not belong to the
    // installed app (its Start-menu shortcut carries the appId); the stand-in refuses them.
    if (platform() === 'win32' && app.userModelId === undefined) return record('notification.ignored', this.options.title, 'no AppUserModelId')
    // notification.md: "Unsigned binaries will emit a `failed` event" on macOS.
    if (platform() === 'darwin' && !knobs.codeSigned) {
      record('notification.failed', this.options.title)
      setImmediate(() => this.emit('failed', { preventDefault() {} }, 'Notifications are not allowed for this application'))
      return
    }
    record('notification.show', this.options.title)
    Notification.shown.push(this)
  }
  /** Test hook: the user clicked the toast body. */
  fireClick() { this.emit('click', { preventDefault() {} }) }
  /**
   * Test hook: the user pressed action button `index`. notification.md "Event: 'action'" (macOS, Windows):
   * Electron 45 passes details { actionIndex, selectionIndex } first, the positional index is deprecated.
   * Linux shows no buttons, so nothing is emitted there.
   */
  fireAction(index) {
    if (platform() === 'linux') return record('notification.action.ignored', index)
    this.emit('action', { actionIndex: index, selectionIndex: -1, preventDefault() {} }, index, -1)
  }
}
Notification.created = []
Notification.shown = []
// lib/browser/api/notification.ts: handleActivation exists on win32 only.
if (platform() === 'win32') Notification.handleActivation = (callback) => { record('Notification.handleActivation'); activationCallback = callback }
/**
 * Test hook (Windows): an activation from Action Center. windows_toast_notification.cc builds the arguments
 * as `type=action&action=<i>&tag=<id>` for buttons; ActivationArguments (structures/activation-arguments.md).
 */
Notification.activate = (details) => activationCallback?.(details)

const menus = { application: null }

module.exports = {
  calls,
  app,
  BrowserWindow,
  session,
  protocolHandlers,
  protocol: { registerSchemesAsPrivileged: (schemes) => record('protocol.registerSchemesAsPrivileged', schemes) },
  shell: { openExternal: (url) => (record('shell.openExternal', url), Promise.resolve()) },
  ipcMain: { handlers: ipcHandlers, handle: (channel, handler) => { ipcHandlers[channel] = handler } },
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    // menu.md "Menu.setApplicationMenu": replaces Electron's default menu (lib/browser/default-menu.ts).
    setApplicationMenu: (menu) => { record('Menu.setApplicationMenu'); menus.application = menu },
  },
  menus,
  nativeImage: { createFromBitmap: (buffer, size) => ({ buffer, size }) },
  Tray,
  Notification,
  powerMonitor: new EventEmitter(),
  // clipboard.md (Electron 45): write([ClipboardItem]) puts every entry at once; readText gives the text entry.
  clipboard: { text: '', write: (items) => { const text = items[0]?.items['text/plain']; if (typeof text === 'string') module.exports.clipboard.text = text }, readText: () => module.exports.clipboard.text, clear: () => { module.exports.clipboard.text = '' } },
  ClipboardItem: class { constructor(items) { this.items = items } },
  contextBridge: { exposed: {}, exposeInMainWorld: (key, value) => { module.exports.contextBridge.exposed[key] = value } },
  ipcRenderer: {
    invoked: ipcRendererInvoked,
    invoke: (channel, ...args) => (ipcRendererInvoked.push({ channel, args }), Promise.resolve({ ok: true, value: channel })),
    on: (channel, listener) => { const set = rendererListeners.get(channel) ?? new Set(); set.add(listener); rendererListeners.set(channel, set) },
    removeListener: (channel, listener) => rendererListeners.get(channel)?.delete(listener),
    /** Test hook: main sends an event to the renderer. */
    emit: (channel, payload) => rendererListeners.get(channel)?.forEach((l) => l({ sender: 'ipc-event' }, payload)),
    listenerCount: (channel) => rendererListeners.get(channel)?.size ?? 0,
  },
}

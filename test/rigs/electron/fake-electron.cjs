// A recording stand-in for the `electron` module, for tests of the thin glue only (ARCHITECTURE.md: "the
// electron module is replaced only in tests of the thin glue"). It implements just the surface PAT Keeper's
// main process and preload use, records every call in `calls`, and lets a test fire Electron's events.
'use strict'
const { EventEmitter } = require('node:events')

const calls = []
const record = (name, ...args) => calls.push({ name, args })
let ready
const readyPromise = new Promise((resolve) => (ready = resolve))
let nextId = 1

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

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  paths: {},
  enableSandbox: () => record('app.enableSandbox'),
  requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), true),
  setPath: (name, value) => { record('app.setPath', name, value); app.paths[name] = value },
  getPath: (name) => app.paths[name],
  getVersion: () => '0.1.0',
  whenReady: () => readyPromise,
  quit: () => record('app.quit'),
  setLoginItemSettings: (settings) => record('app.setLoginItemSettings', settings),
  /** Test hook: Electron is ready. */
  fireReady: () => { record('ready'); ready() },
})

const windows = []
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    record('new BrowserWindow', options)
    this.options = options
    this.webContents = new FakeWebContents()
    windows.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  static getAllWindows() { return windows.slice() }
  loadURL(url) { record('window.loadURL', url); return Promise.resolve() }
  show() { record('window.show') }
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
  },
}

const ipcHandlers = {}
const rendererListeners = new Map()
const ipcRendererInvoked = []

class Tray {
  constructor(image) { record('new Tray', image); Tray.last = this; this.menu = null; this.tooltip = '' }
  setImage(image) { this.image = image }
  setToolTip(text) { this.tooltip = text }
  setContextMenu(menu) { this.menu = menu }
  destroy() {}
}

class Notification extends EventEmitter {
  static isSupported() { return true }
  constructor(options) { super(); this.options = options; Notification.created.push(this) }
  show() { record('notification.show', this.options.title) }
}
Notification.created = []

module.exports = {
  calls,
  app,
  BrowserWindow,
  session,
  protocolHandlers,
  protocol: { registerSchemesAsPrivileged: (schemes) => record('protocol.registerSchemesAsPrivileged', schemes) },
  shell: { openExternal: (url) => (record('shell.openExternal', url), Promise.resolve()) },
  ipcMain: { handlers: ipcHandlers, handle: (channel, handler) => { ipcHandlers[channel] = handler } },
  Menu: { buildFromTemplate: (template) => ({ template }) },
  nativeImage: { createFromBitmap: (buffer, size) => ({ buffer, size }) },
  Tray,
  Notification,
  powerMonitor: new EventEmitter(),
  clipboard: { text: '', write: () => undefined, readText: () => module.exports.clipboard.text, clear: () => { module.exports.clipboard.text = '' } },
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

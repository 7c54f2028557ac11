import { BrowserWindow } from 'electron'

/** Where the window's page comes from: the packaged renderer over app://, or Vite's dev server. */
export const APP_START_URL = 'app://renderer/index.html'

/**
 * Creates the main window and loads the app's own page only. webPreferences are literal, so reviewers and
 * Electronegativity see every value (Electron security checklist items 2-4, 9-12): context isolation,
 * sandbox, no Node integration anywhere, no webview, no insecure content, web security left at its default
 * (on), no experimental or Blink features, middle-click (Auxclick) disabled so links cannot open windows.
 */
export const createMainWindow = (options: { preloadPath: string; devServerUrl?: string; isPackaged: boolean; onSessionEnd?: () => void }) => {
  const window = new BrowserWindow({
    width: 1120,
    height: 760,
    minWidth: 820,
    minHeight: 560,
    show: false,
    title: 'PAT Keeper',
    backgroundColor: '#0f1115',
    webPreferences: {
      // The preload (electron/preload.ts) exposes only window.api built from the IPC contract; reviewed.
      preload: options.preloadPath, /* eng-disable PRELOAD_JS_CHECK */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !options.isPackaged,
    },
  })
  // Shown on ready-to-show only (browser-window.md "Showing the window gracefully"): no empty flash.
  window.once('ready-to-show', () => {
    window.show()
    window.focus()
  })
  // Windows log-off/shutdown: `before-quit` is not emitted then (app.md), so the window's session-end events
  // clear a copied token (browser-window.md "query-session-end", "session-end").
  if (options.onSessionEnd) {
    window.on('query-session-end', options.onSessionEnd)
    window.on('session-end', options.onSessionEnd)
  }
  void window.loadURL(options.devServerUrl ?? APP_START_URL)
  return window
}

import { BrowserWindow } from 'electron'
import { secureWebPreferences } from '../security/web-preferences'

/** Where the window's page comes from: the packaged renderer over app://, or Vite's dev server. */
export const APP_START_URL = 'app://renderer/index.html'

/** Creates the main window with the locked-down preferences and loads the app's own page only. */
export const createMainWindow = (options: { preloadPath: string; devServerUrl?: string; isPackaged: boolean }) => {
  const window = new BrowserWindow({
    width: 1120,
    height: 760,
    minWidth: 820,
    minHeight: 560,
    show: false,
    title: 'PAT Keeper',
    backgroundColor: '#0f1115',
    webPreferences: secureWebPreferences(options.preloadPath, !options.isPackaged),
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.devServerUrl ?? APP_START_URL)
  return window
}

/**
 * The main window's webPreferences, literal so reviewers and Electronegativity see every value
 * (Electron security checklist items 2-4, 9-12): no Node in the renderer, context isolation, sandbox,
 * no webview, no insecure content, web security on (left at its default).
 */
export const secureWebPreferences = (preloadPath: string, devTools: boolean) => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  devTools,
})

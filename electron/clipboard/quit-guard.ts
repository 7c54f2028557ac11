/** The part of Electron's `app` the quit guard uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** Longest wait for the clipboard before quitting anyway (a stuck clipboard must not keep the app alive). */
export const CLEAR_BEFORE_QUIT_MS = 3000

/**
 * Quits only after a copied token is cleared: the first `before-quit` is held (app.md: preventDefault stops
 * the quit), the clear is awaited, then the quit is repeated. Electron 45's clipboard answers through a
 * Promise, so a fire-and-forget clear could lose the race with exit.
 */
export const clearClipboardBeforeQuit = (app: QuittingApp, clear: () => Promise<unknown>, waitMs = CLEAR_BEFORE_QUIT_MS): void => {
  let cleared = false
  let clearing = false
  app.on('before-quit', (event) => {
    if (cleared) return
    event.preventDefault()
    if (clearing) return
    clearing = true
    const cap = new Promise((resolve) => setTimeout(resolve, waitMs).unref?.())
    void Promise.race([clear().catch(() => undefined), cap]).then(() => {
      cleared = true
      app.quit()
    })
  })
}

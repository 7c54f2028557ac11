import { useEffect, useRef } from 'react'
import type { Route } from './use-navigation'

/** How long a screen may take to show its heading (it loads from main first). */
const WAIT_MS = 5000
/** How long to wait for the row of the token we came back from before settling for the heading. */
const ROW_WAIT_MS = 1500

/** The row link of the token we came back from, if it is on screen. */
const rowOf = (root: HTMLElement, from: Route | null): HTMLElement | null =>
  from?.view === 'token' && from.tokenId ? root.querySelector<HTMLElement>(`tr[data-token-id="${CSS.escape(from.tokenId)}"] .vault-link`) : null

/**
 * Moves focus into the new screen after every screen change, so keyboard and screen-reader users are not
 * left on <body> (WCAG 2.4.3 focus order): back on the token row they opened, else the screen's <h1>.
 * A screen that places focus itself (the wizard's step heading) keeps it. The first screen after start
 * keeps the browser's default focus.
 */
export const useScreenFocus = (route: Route, rootId: string): void => {
  const previous = useRef<Route | null>(null)
  useEffect(() => {
    const from = previous.current
    previous.current = route
    const root = document.getElementById(rootId)
    if (!from || !root) return
    const started = Date.now()
    const backToList = from.view === 'token' && route.view === 'tokens'
    let placed: HTMLElement | null = null
    let rowGone = false
    let settled = false
    const focus = (): boolean => {
      if (placed && !placed.isConnected) [placed, rowGone, settled] = [null, true, false] // its token was just removed
      // Once placed, the user's own moves win: never pull focus back.
      if (settled) return true
      const active = document.activeElement
      if (active && active !== root && root.contains(active)) return (settled = true)
      const row = rowGone ? null : rowOf(root, from)
      if (row) {
        ;[placed, settled] = [row, true]
        row.focus()
        return true
      }
      if (backToList && !rowGone && Date.now() - started < ROW_WAIT_MS) return false
      const heading = root.querySelector<HTMLElement>('h1')
      if (!heading) return false
      heading.tabIndex = -1
      heading.focus({ preventScroll: true })
      settled = true
      return true
    }
    // Keeps watching for a while even after placing focus: the screen is still loading and may replace it.
    focus()
    const observer = new MutationObserver(() => void focus())
    const fallback = setTimeout(() => void focus(), ROW_WAIT_MS + 50)
    const timer = setTimeout(() => stop(), WAIT_MS)
    const stop = () => {
      observer.disconnect()
      clearTimeout(timer)
      clearTimeout(fallback)
    }
    observer.observe(root, { childList: true, subtree: true })
    return stop
  }, [route, rootId])
}

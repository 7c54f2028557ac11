import { useEffect, useRef } from 'react'
import type { Route } from './use-navigation'

/** How long a screen may take to show its heading (it loads from main first). */
const WAIT_MS = 5000

/** What should get focus on a new screen: the row of the token we came back from, else the screen's <h1>. */
const target = (root: HTMLElement, from: Route | null): HTMLElement | null => {
  const back = from?.view === 'token' && from.tokenId ? root.querySelector<HTMLElement>(`tr[data-token-id="${CSS.escape(from.tokenId)}"] .vault-link`) : null
  return back ?? root.querySelector<HTMLElement>('h1')
}

/**
 * Moves focus into the new screen after every screen change, so keyboard and screen-reader users are not
 * left on <body> (WCAG 2.4.3 focus order): to the screen's heading, or back to the token row they opened.
 * The first screen after start keeps the browser's default focus.
 */
export const useScreenFocus = (route: Route, rootId: string): void => {
  const previous = useRef<Route | null>(null)
  const first = useRef(true)
  useEffect(() => {
    const from = previous.current
    previous.current = route
    if (first.current) {
      first.current = false
      return
    }
    const root = document.getElementById(rootId)
    if (!root) return
    const focus = (): boolean => {
      // The screen placed focus itself (the wizard focuses its step heading): leave it there.
      if (document.activeElement && document.activeElement !== root && root.contains(document.activeElement)) return true
      const el = target(root, from)
      if (!el) return false
      if (el.tagName === 'H1') el.tabIndex = -1
      el.focus({ preventScroll: el.tagName === 'H1' })
      return true
    }
    if (focus()) return
    const observer = new MutationObserver(() => focus() && stop())
    const timer = setTimeout(() => stop(), WAIT_MS)
    const stop = () => {
      observer.disconnect()
      clearTimeout(timer)
    }
    observer.observe(root, { childList: true, subtree: true })
    return stop
  }, [route, rootId])
}

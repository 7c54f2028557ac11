import { useEffect } from 'react'
import type { Route } from './use-navigation'
import { isTyping, SHORTCUTS, type Shortcut } from './shortcuts'

/** Presses the on-screen control marked `data-shortcut="<id>"` in the current screen, if there is one. */
const press = (id: Shortcut['id']): boolean => {
  const el = document.querySelector<HTMLElement>(`#screen [data-shortcut="${id}"]`)
  if (!el || (el as HTMLButtonElement).disabled) return false
  if (el.tagName === 'INPUT') el.focus()
  else el.click()
  return true
}

/**
 * App-wide shortcuts (see SHORTCUTS). Each acts through the visible control it stands for, so a shortcut
 * can never do what the screen does not offer; modified keys work in fields, bare keys ("/", "?") do not.
 */
export const useShortcuts = (route: Route, navigate: (r: Route) => void, showHelp: () => void): void => {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]')) return // a dialog owns the keyboard
      const shortcut = SHORTCUTS.find((s) => s.matches(e))
      if (!shortcut || (!(e.ctrlKey || e.metaKey) && isTyping(e))) return
      let handled = true
      if (shortcut.id === 'add') navigate({ view: 'add' })
      else if (shortcut.id === 'help') showHelp()
      else if (shortcut.id === 'search' && route.view !== 'tokens') {
        navigate({ view: 'tokens' })
        setTimeout(() => press('search'), 0)
      } else handled = press(shortcut.id)
      if (handled) e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [route, navigate, showHelp])
}

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { ShortcutsDialog } from './components/shell/shortcuts-dialog'
import { Sidebar } from './components/shell/sidebar'
import { NavigationContext, type Route } from './hooks/use-navigation'
import { PendingRemovalProvider } from './hooks/use-pending-removal'
import { useScreenFocus } from './hooks/use-screen-focus'
import { useShortcuts } from './hooks/use-shortcuts'
import { invoke, on } from './lib/ipc'
import { applyTheme } from './lib/theme'
import { VIEWS } from './views/registry'
import { TokensView } from './views/tokens/tokens-view'

/**
 * The app frame: sidebar plus the current screen; main can ask for a screen (tray, notifications).
 * The token list stays mounted (hidden) while another screen shows, so coming back from a token is
 * instant and lands at the same scroll position, even with 1,000 tokens.
 */
export const App = () => {
  const [route, setRoute] = useState<Route>({ view: 'tokens' })
  const content = useRef<HTMLElement>(null)
  const listScroll = useRef(0)
  useEffect(() => on('app:navigate', (request) => setRoute(request)), [])
  // A window opened by a tray or notification click starts on the screen that click asked for.
  useEffect(() => {
    void invoke('app:pending-navigation').then((result) => {
      if (result.ok && result.value) setRoute(result.value)
    })
  }, [])
  // The saved theme (Settings applies a new choice itself, at once).
  useEffect(() => {
    void invoke('settings:get').then((result) => result.ok && applyTheme(result.value.theme))
  }, [])
  useScreenFocus(route, 'screen')
  const onList = route.view === 'tokens'
  const navigation = useMemo(
    () => ({
      route,
      navigate: (next: Route) => {
        if (route.view === 'tokens' && content.current) listScroll.current = content.current.scrollTop
        setRoute(next)
      },
    }),
    [route],
  )
  // Back on the list: the scroll position it had (before paint, so it does not jump).
  useLayoutEffect(() => {
    if (content.current) content.current.scrollTop = onList ? listScroll.current : 0
  }, [onList, route])
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const showShortcuts = useCallback(() => setShortcutsOpen(true), [])
  useShortcuts(route, navigation.navigate, showShortcuts)
  const View = VIEWS[route.view]
  return (
    <NavigationContext.Provider value={navigation}>
      <PendingRemovalProvider>
        <div className="shell">
          <Sidebar onShortcuts={showShortcuts} />
          <main className="content" id="content" ref={content}>
            <div id={onList ? 'screen' : undefined} hidden={!onList}>
              <TokensView />
            </div>
            {onList ? null : (
              <div id="screen">
                <View key={`${route.view}:${route.tokenId ?? ''}`} route={route} />
              </div>
            )}
          </main>
        </div>
        {shortcutsOpen ? <ShortcutsDialog onClose={() => setShortcutsOpen(false)} /> : null}
      </PendingRemovalProvider>
    </NavigationContext.Provider>
  )
}

import { useEffect, useMemo, useState } from 'react'
import { Sidebar } from './components/shell/sidebar'
import { NavigationContext, type Route } from './hooks/use-navigation'
import { useScreenFocus } from './hooks/use-screen-focus'
import { invoke, on } from './lib/ipc'
import { VIEWS } from './views/registry'

/** The app frame: sidebar plus the current screen; main can ask for a screen (tray, notifications). */
export const App = () => {
  const [route, setRoute] = useState<Route>({ view: 'tokens' })
  useEffect(() => on('app:navigate', (request) => setRoute(request)), [])
  // A window opened by a tray or notification click starts on the screen that click asked for.
  useEffect(() => {
    void invoke('app:pending-navigation').then((result) => {
      if (result.ok && result.value) setRoute(result.value)
    })
  }, [])
  useScreenFocus(route, 'content')
  const navigation = useMemo(() => ({ route, navigate: setRoute }), [route])
  const View = VIEWS[route.view]
  return (
    <NavigationContext.Provider value={navigation}>
      <div className="shell">
        <Sidebar />
        <main className="content" id="content">
          <View key={`${route.view}:${route.tokenId ?? ''}`} route={route} />
        </main>
      </div>
    </NavigationContext.Provider>
  )
}

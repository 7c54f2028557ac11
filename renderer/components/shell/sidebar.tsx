import type { Route } from '../../hooks/use-navigation'
import { useNavigation } from '../../hooks/use-navigation'

const ITEMS: { view: Route['view']; label: string; icon: string }[] = [
  { view: 'tokens', label: 'Tokens', icon: '🔑' },
  { view: 'add', label: 'Add token', icon: '＋' },
  { view: 'timeline', label: 'Expiry timeline', icon: '📅' },
  { view: 'import', label: 'Import', icon: '⇩' },
  { view: 'settings', label: 'Settings', icon: '⚙' },
]

/** Which sidebar item a route belongs to (a token's screens belong to "Tokens"). */
const sectionOf = (route: Route): Route['view'] => (route.view === 'token' || route.view === 'renew' ? 'tokens' : route.view)

/** The app's left-hand navigation. */
export const Sidebar = () => {
  const { route, navigate } = useNavigation()
  const current = sectionOf(route)
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">P</span>
        PAT Keeper
      </div>
      {ITEMS.map((item) => (
        <button
          key={item.view}
          className="nav-item"
          aria-current={current === item.view ? 'page' : undefined}
          onClick={() => navigate({ view: item.view })}
        >
          <span className="nav-icon" aria-hidden="true">{item.icon}</span>
          {item.label}
        </button>
      ))}
      <div className="sidebar-foot">Tokens stay in your system keychain.</div>
    </nav>
  )
}

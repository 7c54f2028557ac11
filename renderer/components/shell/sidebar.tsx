import type { Route } from '../../hooks/use-navigation'
import { useNavigation } from '../../hooks/use-navigation'
import { Icon } from '../icons'
import { AboutBox } from './about-box'

const ITEMS: { view: Route['view']; label: string; icon: Parameters<typeof Icon>[0]['name'] }[] = [
  { view: 'tokens', label: 'Tokens', icon: 'key' },
  { view: 'add', label: 'Add token', icon: 'plus' },
  { view: 'timeline', label: 'Expiry timeline', icon: 'calendar' },
  { view: 'import', label: 'Import', icon: 'download' },
  { view: 'health', label: 'Health', icon: 'shield' },
  { view: 'settings', label: 'Settings', icon: 'settings' },
]

/** Which sidebar item a route belongs to (a token's screens belong to "Tokens"). */
const sectionOf = (route: Route): Route['view'] => (route.view === 'token' || route.view === 'renew' ? 'tokens' : route.view)

/** The app's left-hand navigation. */
export const Sidebar = ({ onShortcuts }: { onShortcuts(): void }) => {
  const { route, navigate } = useNavigation()
  const current = sectionOf(route)
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true"><Icon name="key" size={16} /></span>
        PAT Keeper
      </div>
      {ITEMS.map((item) => (
        <button key={item.view} className="nav-item" aria-current={current === item.view ? 'page' : undefined} onClick={() => navigate({ view: item.view })}>
          <Icon name={item.icon} />
          {item.label}
        </button>
      ))}
      <div className="sidebar-foot">
        <AboutBox />
        <button className="nav-item sidebar-small" onClick={onShortcuts}>Keyboard shortcuts <kbd>?</kbd></button>
        <p className="keychain-note"><Icon name="shield" size={14} /> Secrets stay in your system keychain.</p>
      </div>
    </nav>
  )
}

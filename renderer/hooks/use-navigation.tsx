import { createContext, useContext } from 'react'
import type { NavigateRequest } from '../../shared/ipc/channels/app'

/** A screen of the app and the token it is about, if any. */
export type Route = NavigateRequest

/** Current route and a way to change it. */
export interface Navigation {
  route: Route
  navigate(route: Route): void
}

/** Provided by the app shell. */
export const NavigationContext = createContext<Navigation>({ route: { view: 'tokens' }, navigate: () => undefined })

/** The current route and `navigate`. */
export const useNavigation = (): Navigation => useContext(NavigationContext)

import type { ComponentType } from 'react'
import type { Route } from '../hooks/use-navigation'
import { AddTokenView } from './add/add-token-view'
import { HealthView } from './health/health-view'
import { ImportView } from './import/import-view'
import { RenewView } from './renew/renew-view'
import { SettingsView } from './settings/settings-view'
import { TimelineView } from './timeline/timeline-view'
import { TokenDetailView } from './token-detail/token-detail-view'
import { TokensView } from './tokens/tokens-view'

/** Which component shows each route. Views read `route.tokenId` when they are about one token. */
export const VIEWS: Record<Route['view'], ComponentType<{ route: Route }>> = {
  tokens: TokensView,
  token: TokenDetailView,
  add: AddTokenView,
  renew: RenewView,
  timeline: TimelineView,
  import: ImportView,
  health: HealthView,
  settings: SettingsView,
}

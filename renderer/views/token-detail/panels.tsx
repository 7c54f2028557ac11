import type { ComponentType } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { CheckPanel } from './check/check-panel'
import { ExpiryPanel } from './expiry/expiry-panel'
import { GitPanel } from './git/git-panel'

/** Props of a panel on the token detail screen. */
export interface DetailPanelProps {
  token: TokenView
  /** Call after the panel changed the token, so the screen reloads it. */
  onChanged(): void
}

/**
 * Panels shown on a token's detail screen, in order: each concern (checks, git, expiry) adds its own
 * panel component here with one line, so no two concerns edit the same screen.
 */
export const DETAIL_PANELS: ComponentType<DetailPanelProps>[] = [
  GitPanel, // first: setting up git is the daily task on this screen
  CheckPanel,
  ExpiryPanel,
]

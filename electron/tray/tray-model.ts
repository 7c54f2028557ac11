import { describeTimeLeft, type ExpiryOverview, type TokenExpiry, type WorstLevel } from '../../shared/domain/expiry'

/** What a tray menu item does; the Electron adapter maps each to a service call. */
export type TrayAction =
  | { type: 'renew'; tokenId: string }
  | { type: 'copy'; tokenId: string }
  | { type: 'check'; tokenId: string }
  | { type: 'check-all' }
  | { type: 'open' }
  | { type: 'open-timeline' }
  | { type: 'toggle-start-at-login' }
  | { type: 'quit' }

/** One menu entry, plain data (Electron's MenuItemConstructorOptions is built from it by the adapter). */
export type TrayItem =
  | { kind: 'action'; label: string; action: TrayAction; enabled?: boolean }
  | { kind: 'checkbox'; label: string; checked: boolean; action: TrayAction }
  | { kind: 'submenu'; label: string; tokenId: string; items: TrayItem[] }
  | { kind: 'label'; label: string }
  | { kind: 'separator' }

/** The whole tray: icon look, tooltip and menu. */
export interface TrayModel {
  icon: WorstLevel
  tooltip: string
  items: TrayItem[]
}

/** Tokens shown by name in the menu; the rest are behind "Open PAT Keeper". */
export const MAX_MENU_TOKENS = 10

const STATE_WORDS: Record<TokenExpiry['state'], string> = {
  expired: 'expired',
  revoked: 'refused by host',
  expiring: '',
  'rotation-advised': 'rotation advised',
  'stale-check': 'not checked lately',
  'unknown-expiry': 'expiry unknown',
  ok: '',
}

/** "ci-deploy: 5 days left", "old-key: expired": one token's menu line. */
export const tokenLine = (t: TokenExpiry): string => {
  if (t.state === 'expired') return `${t.label}: expired`
  if (t.state === 'revoked') return `${t.label}: refused by host`
  if (t.msLeft !== null && t.msLeft > 0) {
    const left = describeTimeLeft(t.msLeft).replace(/^expires in (.*)$/, '$1 left')
    return `${t.label}: ${left}`
  }
  return `${t.label}: ${STATE_WORDS[t.state] || (t.neverExpires ? 'no expiry' : 'ok')}`
}

/** The tooltip: one line summing up what needs attention. */
export const trayTooltip = (overview: Pick<ExpiryOverview, 'tokens'>): string => {
  const tokens = overview.tokens
  if (tokens.length === 0) return 'PAT Keeper: no tokens yet'
  const gone = tokens.filter((t) => t.state === 'expired' || t.state === 'revoked').length
  const soon = tokens.filter((t) => t.state === 'expiring')
  const parts: string[] = []
  if (gone > 0) parts.push(`${gone} no longer ${gone === 1 ? 'works' : 'work'}`)
  if (soon.length > 0) {
    const first = soon[0]!
    parts.push(`${soon.length} expiring (next: ${first.label}, ${first.daysLeft ?? 0} ${first.daysLeft === 1 ? 'day' : 'days'})`)
  }
  if (parts.length === 0) return `PAT Keeper: all ${tokens.length} ${tokens.length === 1 ? 'token' : 'tokens'} OK`
  return `PAT Keeper: ${parts.join(', ')}`
}

/**
 * Builds the tray from the engine's overview: icon = worst state, tooltip summary, tokens by urgency (days
 * left) each with Renew…, Copy and Check now, then Check all now, Open PAT Keeper, Start at login and Quit.
 */
export const buildTrayModel = (overview: Pick<ExpiryOverview, 'tokens' | 'worst'>, options: { startAtLogin: boolean; canCopy?: boolean }): TrayModel => {
  const shown = overview.tokens.slice(0, MAX_MENU_TOKENS)
  const tokenItems: TrayItem[] = shown.map((t) => ({
    kind: 'submenu',
    label: tokenLine(t),
    tokenId: t.id,
    items: [
      { kind: 'action', label: 'Renew…', action: { type: 'renew', tokenId: t.id } },
      { kind: 'action', label: 'Copy', action: { type: 'copy', tokenId: t.id }, enabled: options.canCopy ?? true },
      { kind: 'action', label: 'Check now', action: { type: 'check', tokenId: t.id } },
    ],
  }))
  const more = overview.tokens.length - shown.length
  return {
    icon: overview.worst,
    tooltip: trayTooltip(overview),
    items: [
      ...(tokenItems.length > 0 ? tokenItems : [{ kind: 'label' as const, label: 'No tokens yet' }]),
      ...(more > 0 ? [{ kind: 'action' as const, label: `${more} more…`, action: { type: 'open-timeline' as const } }] : []),
      { kind: 'separator' },
      { kind: 'action', label: 'Check all now', action: { type: 'check-all' }, enabled: overview.tokens.length > 0 },
      { kind: 'action', label: 'Open PAT Keeper', action: { type: 'open' } },
      { kind: 'checkbox', label: 'Start at login', checked: options.startAtLogin, action: { type: 'toggle-start-at-login' } },
      { kind: 'separator' },
      { kind: 'action', label: 'Quit', action: { type: 'quit' } },
    ],
  }
}

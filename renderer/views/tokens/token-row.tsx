import { memo } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { HostMark } from '../../components/hosts/host-mark'
import { StatusBadge } from '../../components/status-badge'
import { RiskBadges } from '../../components/health/risk-badges'
import type { RiskFlag } from '../../../shared/domain/health'
import { ExpiryCell } from './expiry-cell'
import { hostName, hostOf } from './token-format'

/**
 * One row of the token list. Memoised on the token object, so an update to one token re-renders one row.
 * The token cell also carries account and host in a line that only shows when the list is too narrow for
 * the Account (and then Host) column (vault.css hides those columns instead of clipping Expires and Status).
 */
export const TokenRow = memo(({ token: t, rowIndex, now, flags, onOpen, selected, onSelect }: { token: TokenView; rowIndex: number; now: Date; flags: readonly RiskFlag[]; onOpen(id: string): void; selected: boolean; onSelect(id: string): void }) => (
  <tr onClick={() => onOpen(t.id)} aria-rowindex={rowIndex} data-token-id={t.id} data-selected={selected || undefined}>
    <td className="vault-col-select" onClick={(e) => e.stopPropagation()}>
      <input type="checkbox" className="vault-select-box" checked={selected} onChange={() => onSelect(t.id)} aria-label={`Select \u201c${t.label}\u201d`} />
    </td>
    <td className="vault-col-token">
      <div className="vault-token-cell">
        <HostMark kind={t.host} />
        <div className="vault-token-text">
          <button className="vault-link" onClick={(e) => { e.stopPropagation(); onOpen(t.id) }}>{t.label}</button>
          <div className="vault-sub vault-fold">
            <span className="vault-fold-host">{hostName(t.host)}</span>
            {t.username ? <span className="vault-fold-account">{t.username}</span> : null}
          </div>
          {t.usedIn.length ? <div className="vault-sub">Used in {t.usedIn.map((n) => n.text).join(', ')}</div> : null}
        </div>
      </div>
    </td>
    <td className="vault-col-host">
      <div>{hostName(t.host)}</div>
      <div className="vault-sub">{hostOf(t.url)}{t.org ? ` / ${t.org}` : ''}</div>
    </td>
    <td className={`vault-col-account${t.username ? '' : ' muted'}`}>{t.username ?? '\u2014'}</td>
    <td className="vault-col-expiry"><ExpiryCell expiresAt={t.expiresAt} now={now} /></td>
    <td className="vault-col-status"><StatusBadge status={t.status} /><RiskBadges flags={flags} limit={2} /></td>
  </tr>
))
TokenRow.displayName = 'TokenRow'

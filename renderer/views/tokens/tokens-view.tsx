import { useMemo, useState } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { EmptyState } from '../../components/empty-state'
import { HostMark } from '../../components/hosts/host-mark'
import { Icon } from '../../components/icons'
import { PageHeader } from '../../components/page-header'
import { StatusBadge } from '../../components/status-badge'
import { TokenRisks } from '../../components/health/token-risks'
import { useHealthReport } from '../health/use-health-report'
import { useNavigation } from '../../hooks/use-navigation'
import '../../styles/vault.css'
import { LIST_HEADER_ACTIONS } from './header-actions'
import { searchTokens, sortTokens, type SortKey } from './sort-tokens'
import { ExpiryCell } from './expiry-cell'
import { hostName, hostOf } from './token-format'
import { useTokens } from './use-tokens'

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'label', label: 'Token' },
  { key: 'host', label: 'Host' },
  { key: 'account', label: 'Account' },
  { key: 'expiry', label: 'Expires' },
  { key: 'status', label: 'Status' },
]

/** A one-line count of what needs attention. */
const summary = (tokens: readonly TokenView[], now: Date): string => {
  const soon = tokens.filter((t) => t.expiresAt && Date.parse(t.expiresAt) - now.getTime() < 14 * 86_400_000).length
  const bad = tokens.filter((t) => ['invalid', 'expired', 'revoked', 'missing-scopes'].includes(t.status)).length
  return [`${tokens.length} token${tokens.length === 1 ? '' : 's'}`, soon ? `${soon} expiring within 14 days` : '', bad ? `${bad} need${bad === 1 ? 's' : ''} attention` : '']
    .filter(Boolean)
    .join(' \u00b7 ')
}

/** The first screen: every token with search and sort, or a friendly start when there are none. */
export const TokensView = () => {
  const { navigate } = useNavigation()
  const { tokens, error, reload } = useTokens()
  const { value: health } = useHealthReport()
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'label', descending: false })
  const now = useMemo(() => new Date(), [])
  const shown = useMemo(() => sortTokens(searchTokens(tokens ?? [], query), sort.key, sort.descending), [tokens, query, sort])
  const add = (
    <button className="btn btn-primary" onClick={() => navigate({ view: 'add' })}>
      + Add token
    </button>
  )
  const actions = (
    <>
      {LIST_HEADER_ACTIONS.map((Action, i) => <Action key={i} onChanged={() => void reload()} />)}
      {add}
    </>
  )
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))
  return (
    <div className="page vault">
      <PageHeader title="Tokens" description={tokens?.length ? summary(tokens, now) : 'Every personal access token you use, checked against its host.'} actions={actions} />
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {tokens && tokens.length === 0 ? (
        <EmptyState symbol={<Icon name="key" size={30} />} title="No tokens yet" action={add}>
          Add your first token: PAT Keeper walks you through creating it with the least scopes, keeps it in your
          system keychain and warns you before it expires.
        </EmptyState>
      ) : null}
      {tokens && tokens.length > 0 ? (
        <section className="card vault-list" aria-label="Your tokens">
          <div className="vault-toolbar">
            <label className="sr-only" htmlFor="token-search">Search tokens</label>
            <input id="token-search" className="input vault-search" type="search" placeholder="Search by label, host, account or note" value={query} onChange={(e) => setQuery(e.target.value)} />
            <label className="muted vault-sort-label" htmlFor="token-sort">Sort by</label>
            <select id="token-sort" className="input vault-sort" value={sort.key} onChange={(e) => setSort({ key: e.target.value as SortKey, descending: false })}>
              {COLUMNS.map((c) => <option key={c.key} value={c.key}>{c.key === 'expiry' ? 'Expiry (soonest first)' : c.key === 'status' ? 'Status (worst first)' : c.label}</option>)}
            </select>
          </div>
          <table className="table vault-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button className="vault-th" onClick={() => sortBy(c.key)}>
                      {c.label}
                      <span className="vault-th-arrow" aria-hidden="true">{sort.key === c.key ? (sort.descending ? '\u2193' : '\u2191') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((t) => (
                <tr key={t.id} onClick={() => navigate({ view: 'token', tokenId: t.id })} data-token-id={t.id}>
                  <td>
                    <div className="vault-token-cell">
                      <HostMark kind={t.host} />
                      <div>
                        <button className="vault-link" onClick={(e) => { e.stopPropagation(); navigate({ view: 'token', tokenId: t.id }) }}>{t.label}</button>
                        {t.usedIn.length ? <div className="vault-sub">Used in {t.usedIn.map((n) => n.text).join(', ')}</div> : null}
                      </div>
                    </div>
                  </td>
                  <td>
                    <div>{hostName(t.host)}</div>
                    <div className="vault-sub">{hostOf(t.url)}{t.org ? ` / ${t.org}` : ''}</div>
                  </td>
                  <td className={t.username ? '' : 'muted'}>{t.username ?? '\u2014'}</td>
                  <td><ExpiryCell expiresAt={t.expiresAt} now={now} /></td>
                  <td><StatusBadge status={t.status} /> <TokenRisks report={health} tokenId={t.id} limit={2} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 ? <p className="vault-nomatch muted">No token matches "{query}".</p> : null}
        </section>
      ) : null}
    </div>
  )
}

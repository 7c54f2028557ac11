import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { EmptyState } from '../../components/empty-state'
import { Icon } from '../../components/icons'
import { PageHeader } from '../../components/page-header'
import { useLiveFlags } from '../health/use-live-flags'
import { useNavigation } from '../../hooks/use-navigation'
import { usePendingRemoval } from '../../hooks/use-pending-removal'
import type { RiskFlag } from '../../../shared/domain/health'
import '../../styles/vault.css'
import { LIST_HEADER_ACTIONS } from './header-actions'
import { searchTokens, sortTokens, type SortKey } from './sort-tokens'
import { listSummary } from './list-summary'
import { FilterBar } from './filters/filter-bar'
import { filterTokens, isFiltered, NO_FILTER, type TokenFilter } from './filters/token-filters'
import { TokenRows } from './token-rows'
import { useTokens } from './use-tokens'
import { BulkBar } from './bulk/bulk-bar'
import { useSelection } from './bulk/use-selection'

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'label', label: 'Token' },
  { key: 'host', label: 'Host' },
  { key: 'account', label: 'Account' },
  { key: 'expiry', label: 'Expires' },
  { key: 'status', label: 'Status' },
]

// The Status badge already says "Revoked", so a row leaves that flag out.
const rowFlag = (flag: RiskFlag) => flag.code !== 'revoked'

/** Why the list is empty although tokens exist: the search, the filters or both. */
const noMatch = (query: string, filtered: boolean): string =>
  query.trim() ? `No token matches "${query}"${filtered ? ' with these filters' : ''}.` : 'No token matches these filters.'

/** The first screen: every token with search and sort, or a friendly start when there are none. */
export const TokensView = () => {
  const { navigate } = useNavigation()
  const { tokens: all, error, reload } = useTokens()
  const removal = usePendingRemoval()
  // A token being removed (Undo still offered) is already gone from the user's point of view.
  const pendingIds = removal.pending?.ids
  const tokens = useMemo(() => (all && pendingIds ? all.filter((t) => !pendingIds.includes(t.id)) : all), [all, pendingIds])
  // One lookup per row, and the same array each time, so a memoised row re-renders only when its flags change.
  const flagsById = useLiveFlags(rowFlag)
  const [query, setQuery] = useState('')
  // Kept while another screen shows (the list stays mounted), so coming back from a token keeps the filters.
  const [filter, setFilter] = useState<TokenFilter>(NO_FILTER)
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'label', descending: false })
  // The list stays mounted for the app's life: "N days left" moves on with the calendar day, and only then
  // do all rows render again.
  const today = new Date().toDateString()
  const now = useMemo(() => new Date(today), [today])
  // The field shows each key at once; the rows follow as soon as React has time (typing never waits on 1,000 rows).
  const deferredQuery = useDeferredValue(query)
  const sorted = useMemo(() => sortTokens(tokens ?? [], sort.key, sort.descending), [tokens, sort])
  const filtered = useMemo(() => filterTokens(sorted, filter, now), [sorted, filter, now])
  const shown = useMemo(() => searchTokens(filtered, deferredQuery), [filtered, deferredQuery])
  const selection = useSelection(shown)
  const add = (
    <button className="btn btn-primary" onClick={() => navigate({ view: 'add' })}>
      + Add token
    </button>
  )
  // List-wide actions such as "Check all" only make sense once there is something to act on.
  const actions = (
    <>
      {tokens?.length ? LIST_HEADER_ACTIONS.map((Action, i) => <Action key={i} onChanged={() => void reload()} />) : null}
      {add}
    </>
  )
  const open = useCallback((id: string) => navigate({ view: 'token', tokenId: id }), [navigate])
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))
  return (
    <div className="page vault">
      <PageHeader title="Tokens" description={tokens?.length ? listSummary(tokens, now) : 'Every personal access token you use, checked against its host.'} actions={actions} />
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {removal.pending ? (
        <div className={`notice row ${removal.pending.error ? 'notice-danger' : 'notice-info'}`} role="status">
          <span>{removal.pending.error ?? `Removed ${removal.pending.label}.`}</span>
          <span className="spacer" />
          <button className="btn btn-small" onClick={removal.undo}>{removal.pending.error ? 'Keep it' : 'Undo'}</button>
        </div>
      ) : null}
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
            <input id="token-search" data-shortcut="search" className="input vault-search" type="search" placeholder="Search by label, host, account or note" value={query} onChange={(e) => setQuery(e.target.value)} />
            <span className="vault-sort-group">
              <label className="muted vault-sort-label" htmlFor="token-sort">Sort by</label>
              <select id="token-sort" className="input vault-sort" value={sort.key} onChange={(e) => setSort({ key: e.target.value as SortKey, descending: false })}>
                {COLUMNS.map((c) => <option key={c.key} value={c.key}>{c.key === 'expiry' ? 'Expiry (soonest first)' : c.key === 'status' ? 'Status (worst first)' : c.label}</option>)}
              </select>
            </span>
            <FilterBar tokens={tokens} now={now} filter={filter} onChange={setFilter} />
          </div>
          {selection.chosen.length ? <BulkBar chosen={selection.chosen} onClear={selection.clear} /> : null}
          <table className="table vault-table" aria-rowcount={shown.length + 1}>
            <thead>
              <tr aria-rowindex={1}>
                <th className="vault-col-select">
                  <input type="checkbox" className="vault-select-box" checked={selection.allChosen} ref={(el) => { if (el) el.indeterminate = selection.chosen.length > 0 && !selection.allChosen }} onChange={selection.toggleAll} aria-label={`Select all ${shown.length} shown tokens`} />
                </th>
                {COLUMNS.map((c) => (
                  <th key={c.key} className={`vault-col-${c.key === 'label' ? 'token' : c.key}`} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button className="vault-th" onClick={() => sortBy(c.key)}>
                      {c.label}
                      <span className="vault-th-arrow" aria-hidden="true">{sort.key === c.key ? (sort.descending ? '\u2193' : '\u2191') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <TokenRows shown={shown} now={now} flagsById={flagsById} selectedIds={selection.ids} onOpen={open} onSelect={selection.toggle} />
          </table>
          {shown.length === 0 ? <p className="vault-nomatch muted">{noMatch(deferredQuery, isFiltered(filter))}</p> : null}
        </section>
      ) : null}
    </div>
  )
}

import { useMemo, useRef } from 'react'
import type { HostKind } from '../../../../shared/domain/hosts'
import type { TokenView } from '../../../../shared/domain/token'
import { hostName } from '../token-format'
import { isFiltered, NO_FILTER, STATUS_FILTERS, type StatusFilter, type TokenFilter } from './token-filters'

/**
 * The status and host pickers above the list. Plain labelled selects (keyboard and screen readers get them
 * for free); each choice says how many tokens it holds, and only host kinds the list has are offered.
 */
export const FilterBar = ({ tokens, now, filter, onChange }: { tokens: readonly TokenView[]; now: Date; filter: TokenFilter; onChange(next: TokenFilter): void }) => {
  const hosts = useMemo(() => {
    const counts = new Map<HostKind, number>()
    for (const t of tokens) counts.set(t.host, (counts.get(t.host) ?? 0) + 1)
    return [...counts].sort((a, b) => hostName(a[0]).localeCompare(hostName(b[0])))
  }, [tokens])
  // Clear filters removes its own button: focus moves to the status picker instead of dropping to the page.
  const statusRef = useRef<HTMLSelectElement>(null)
  const clear = () => {
    onChange(NO_FILTER)
    statusRef.current?.focus()
  }
  const statusCounts = useMemo(() => new Map(STATUS_FILTERS.map((f) => [f.key, tokens.filter((t) => f.matches(t, now)).length])), [tokens, now])
  return (
    <span className="vault-filter-group" role="group" aria-label="Filters">
      <span className="vault-filter-pair">
        <label className="muted vault-sort-label" htmlFor="token-filter-status">Status</label>
        <select ref={statusRef} id="token-filter-status" className="input vault-sort" value={filter.status} onChange={(e) => onChange({ ...filter, status: e.target.value as StatusFilter })}>
          <option value="all">All statuses</option>
          {STATUS_FILTERS.map((f) => <option key={f.key} value={f.key}>{f.label} ({statusCounts.get(f.key) ?? 0})</option>)}
        </select>
      </span>
      <span className="vault-filter-pair">
        <label className="muted vault-sort-label" htmlFor="token-filter-host">Host</label>
        <select id="token-filter-host" className="input vault-sort" value={filter.host} onChange={(e) => onChange({ ...filter, host: e.target.value as HostKind | 'all' })}>
          <option value="all">All hosts</option>
          {hosts.map(([kind, n]) => <option key={kind} value={kind}>{hostName(kind)} ({n})</option>)}
          {filter.host !== 'all' && !hosts.some(([k]) => k === filter.host) ? <option value={filter.host}>{hostName(filter.host)} (0)</option> : null}
        </select>
      </span>
      {isFiltered(filter) ? <button className="btn btn-small" onClick={clear}>Clear filters</button> : null}
    </span>
  )
}

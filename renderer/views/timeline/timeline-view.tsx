import { DAY_MS, type TokenExpiry } from '../../../shared/domain/expiry'
import { EmptyState } from '../../components/empty-state'
import { PageHeader } from '../../components/page-header'
import { useNavigation } from '../../hooks/use-navigation'
import '../../styles/expiry.css'
import { hostName } from '../tokens/token-format'
import { ExportButtons } from './export-buttons'
import { breaksText, ExpiryBadge, expiryWhen, timeLeftText } from './expiry-words'
import { TimelineChart } from './timeline-chart'
import { SPAN_DAYS } from './timeline-layout'
import { useExpiry } from './use-expiry'
import { RENEW_ACTION } from '../renew/renew-words'

const GROUPS: { title: string; test: (t: TokenExpiry) => boolean }[] = [
  { title: 'No longer working', test: (t) => t.state === 'expired' || t.state === 'revoked' },
  { title: 'Next 7 days', test: (t) => t.msLeft !== null && t.msLeft <= 7 * DAY_MS },
  { title: '8 to 30 days', test: (t) => t.msLeft !== null && t.msLeft <= 30 * DAY_MS },
  { title: `31 to ${SPAN_DAYS} days`, test: (t) => t.msLeft !== null && t.msLeft <= SPAN_DAYS * DAY_MS },
  { title: 'Later', test: (t) => t.msLeft !== null },
  { title: 'No expiry date', test: () => true },
]

/** One token in the list: when, what breaks, and Renew. */
const Row = ({ t }: { t: TokenExpiry }) => {
  const { navigate } = useNavigation()
  return (
    <li className="tl-row" data-token-id={t.id}>
      <div className="tl-row-when">
        <strong>{timeLeftText(t)}</strong>
        <span className="muted">{expiryWhen(t)}</span>
      </div>
      <div className="tl-row-what">
        <div className="row">
          <button className="tl-name" onClick={() => navigate({ view: 'token', tokenId: t.id })}>{t.label}</button>
          <span className="muted">{hostName(t.host)}</span>
          <ExpiryBadge state={t.state} />
        </div>
        <div className="tl-breaks"><span className="muted">Breaks:</span> {breaksText(t)}</div>
      </div>
      <button className="btn btn-small" onClick={() => navigate({ view: 'renew', tokenId: t.id })}>{RENEW_ACTION}</button>
    </li>
  )
}

/** The expiry timeline: the coming 90 days at a glance, then every token grouped by when it stops working. */
export const TimelineView = () => {
  const { overview, error } = useExpiry()
  const { navigate } = useNavigation()
  const header = <PageHeader title="Expiry timeline" description="What stops working when, over the next 90 days. Times are in UTC, as the hosts count them." actions={<ExportButtons />} />
  if (error) return <div className="page">{header}<div className="notice notice-danger" role="alert">{error}</div></div>
  if (!overview) return <div className="page">{header}<p className="muted">Loading…</p></div>
  if (overview.tokens.length === 0)
    return (
      <div className="page">
        {header}
        <EmptyState symbol="+" title="Nothing to watch yet" action={<button className="btn btn-primary" onClick={() => navigate({ view: 'add' })}>+ Add token</button>}>
          Add a token and PAT Keeper shows here when it expires and warns you before it does.
        </EmptyState>
      </div>
    )
  // Each token goes to the first group it fits (most urgent first).
  const groups = GROUPS.map((g) => ({ title: g.title, items: [] as TokenExpiry[] }))
  for (const t of overview.tokens) groups[GROUPS.findIndex((g) => g.test(t))]!.items.push(t)
  return (
    <div className="page expiry">
      {header}
      <section className="card tl-card" aria-label="Next 90 days">
        <TimelineChart overview={overview} />
      </section>
      {groups.filter((g) => g.items.length > 0).map((g) => (
        <section key={g.title} className="card tl-group" aria-label={g.title}>
          <h2>{g.title} <span className="muted tl-count">{g.items.length}</span></h2>
          <ul className="tl-list">{g.items.map((t) => <Row key={t.id} t={t} />)}</ul>
        </section>
      ))}
    </div>
  )
}

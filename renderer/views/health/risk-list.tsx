import type { HealthReport } from '../../../shared/domain/health'
import { RiskBadges } from '../../components/health/risk-badges'
import { EmptyState } from '../../components/empty-state'
import { Icon } from '../../components/icons'
import { useNavigation } from '../../hooks/use-navigation'
import { hostName } from '../tokens/token-format'
import { RevokeForm } from './revoke-form'

/** Every flagged token: why each flag matters, what to do, the guide step; revoke on the host. */
export const RiskList = ({ report, onChanged }: { report: HealthReport; onChanged(): void }) => {
  const { navigate } = useNavigation()
  const flagged = report.tokens.filter((t) => t.flags.length > 0)
  if (report.tokens.length === 0) return <EmptyState symbol={<Icon name="shield" size={30} />} title="No tokens yet">Add or import a token to see its risks here.</EmptyState>
  if (flagged.length === 0) return <p className="notice notice-ok">No risks found for your {report.tokens.length} token(s).</p>
  return (
    <ul className="health-tokens">
      {flagged.map((t) => (
        <li key={t.tokenId} className="card health-token" aria-label={`Risks of ${t.label}`}>
          <div className="health-token-head">
            <button className="btn btn-ghost health-token-name" onClick={() => navigate({ view: 'token', tokenId: t.tokenId })}>{t.label}</button>
            <span className="muted">{hostName(t.host)}</span>
            <RiskBadges flags={t.flags} limit={5} />
          </div>
          <ul className="health-flags">
            {t.flags.map((f) => (
              <li key={f.code} data-risk={f.code}>
                <strong>{f.title}.</strong> {f.why} <span className="health-action">{f.action}</span> <span className="muted">({f.guideStep})</span>
              </li>
            ))}
          </ul>
          <RevokeForm target={{ tokenId: t.tokenId, label: t.label }} revoked={t.flags.some((f) => f.code === 'revoked')} onDone={onChanged} />
        </li>
      ))}
    </ul>
  )
}

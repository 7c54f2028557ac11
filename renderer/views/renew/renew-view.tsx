import { useEffect, useState } from 'react'
import type { RenewalPlanView } from '../../../shared/ipc/channels/expiry'
import { PageHeader } from '../../components/page-header'
import { useNavigation, type Route } from '../../hooks/use-navigation'
import { invoke } from '../../lib/ipc'
import '../../styles/expiry.css'
import { ExpiryBadge, timeLeftText } from '../timeline/expiry-words'
import { useExpiry } from '../timeline/use-expiry'
import { formatDate, hostName } from '../tokens/token-format'
import { RenewFlow } from './renew-flow'
import { RENEW_ACTION } from './renew-words'

/** Without a token: pick one, most urgent first. */
const Picker = () => {
  const { overview, error } = useExpiry()
  const { navigate } = useNavigation()
  return (
    <div className="page renew">
      <PageHeader title="Renew a token" description="Pick the token to replace; the most urgent come first." />
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      <ul className="card tl-list">
        {(overview?.tokens ?? []).map((t) => (
          <li key={t.id} className="tl-row">
            <div className="tl-row-when"><strong>{timeLeftText(t)}</strong></div>
            <div className="row"><strong>{t.label}</strong><span className="muted">{hostName(t.host)}</span><ExpiryBadge state={t.state} /></div>
            <button className="btn btn-small" onClick={() => navigate({ view: 'renew', tokenId: t.id })}>{RENEW_ACTION}</button>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The renewal flow (from a notification, the tray, the timeline or the token's detail). */
export const RenewView = ({ route }: { route: Route }) => {
  const { navigate } = useNavigation()
  const [plan, setPlan] = useState<RenewalPlanView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const tokenId = route.tokenId
  useEffect(() => {
    if (!tokenId) return
    void invoke('renewal:plan', tokenId).then((result) => (result.ok ? setPlan(result.value) : setError(result.message)))
  }, [tokenId])
  if (!tokenId) return <Picker />
  const back = <button className="btn btn-ghost" onClick={() => navigate({ view: 'token', tokenId })}>Back to token</button>
  return (
    <div className="page renew">
      <PageHeader
        title={plan ? `Renew “${plan.token.label}”` : 'Renew token'}
        description={plan ? `${hostName(plan.token.host)}${plan.account ? ` · ${plan.account}` : ''}${plan.token.expiresAt ? ` · ${new Date(plan.token.expiresAt) <= new Date() ? 'expired' : 'expires'} ${formatDate(plan.token.expiresAt)}` : ''}` : undefined}
        actions={back}
      />
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {plan ? <RenewFlow plan={plan} onSwapped={(o) => setPlan({ ...plan, token: o.token })} /> : error ? null : <p className="muted">Loading…</p>}
    </div>
  )
}

import { useState } from 'react'
import { useNavigation } from '../../../hooks/use-navigation'
import { invoke } from '../../../lib/ipc'
import '../../../styles/expiry.css'
import { ExpiryBadge, expiryWhen, timeLeftText } from '../../timeline/expiry-words'
import { useExpiry } from '../../timeline/use-expiry'
import { hostName } from '../../tokens/token-format'
import type { DetailPanelProps } from '../panels'
import { RENEW_ACTION } from '../../renew/renew-words'

/** Token detail panel: days left, when exactly (UTC), who said so, Renew, and snoozing the alerts. */
export const ExpiryPanel = ({ token, onChanged }: DetailPanelProps) => {
  const { navigate } = useNavigation()
  const { overview, reload } = useExpiry()
  const [error, setError] = useState<string | null>(null)
  const t = overview?.tokens.find((x) => x.id === token.id)
  const snooze = async (hours: number) => {
    const result = await invoke('expiry:snooze', token.id, hours)
    setError(result.ok ? null : result.message)
    await reload()
    onChanged()
  }
  const source = t?.expirySource === 'host' ? `reported by ${hostName(token.host)}` : t?.expirySource === 'user' ? 'entered by you' : null
  return (
    <section className="card" aria-labelledby="expiry-title" data-panel="expiry">
      <div className="expiry-panel-head">
        <h2 id="expiry-title">Expiry</h2>
        {t ? <ExpiryBadge state={t.state} /> : null}
      </div>
      {t ? (
        <>
          <div className="expiry-panel-big">
            <strong>{timeLeftText(t)}</strong>
            <span className="muted">{expiryWhen(t)}{source ? ` · ${source}` : ''}</span>
          </div>
          {t.state === 'rotation-advised' ? <p className="muted">It has no expiry and is {t.ageDays} days old: rotate it to limit the damage if it ever leaked.</p> : null}
          {t.snoozedUntil ? <p className="muted" role="status">Alerts snoozed until {new Date(t.snoozedUntil).toLocaleString()}.</p> : null}
          <div className="expiry-panel-actions">
            <button className="btn btn-primary btn-small" onClick={() => navigate({ view: 'renew', tokenId: token.id })}>{RENEW_ACTION}</button>
            {t.snoozedUntil ? (
              <button className="btn btn-small" onClick={() => void snooze(0)}>End snooze</button>
            ) : (
              <>
                <button className="btn btn-small" onClick={() => void snooze(24)}>Snooze alerts 1 day</button>
                <button className="btn btn-small" onClick={() => void snooze(24 * 7)}>Snooze 1 week</button>
              </>
            )}
          </div>
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </section>
  )
}

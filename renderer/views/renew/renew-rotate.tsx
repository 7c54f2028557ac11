import { useState } from 'react'
import { useFocusWhen } from '../../hooks/use-focus-when'
import type { RenewalOutcomeView, RenewalPlanView } from '../../../shared/ipc/channels/expiry'
import { invoke } from '../../lib/ipc'

/** GitLab's one-click rotation: the token asks GitLab for its successor; GitLab revokes it at once. */
export const RenewRotate = ({ plan, onSwapped }: { plan: RenewalPlanView; onSwapped(outcome: RenewalOutcomeView): void }) => {
  const [expiresAt, setExpiresAt] = useState(plan.suggestedExpiry ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; retry: boolean } | null>(null)
  // Rotation revokes the current token at once on GitLab, so it is asked for twice (GitLab docs: "Rotate a
  // personal access token": the previous token is revoked immediately).
  const [asking, setAsking] = useState(false)
  const confirmRef = useFocusWhen<HTMLButtonElement>(asking)
  const places = plan.token.usedIn.map((n) => n.text)
  const run = async (channel: 'renewal:self-rotate' | 'renewal:retry-save') => {
    setBusy(true)
    const result = channel === 'renewal:self-rotate' ? await invoke(channel, plan.token.id, expiresAt ? { expiresAt } : {}) : await invoke(channel, plan.token.id)
    setBusy(false)
    if (result.ok) return onSwapped(result.value)
    setError({ message: result.message, retry: result.code === 'storage-failed' })
  }
  return (
    <section className="card renew-rotate stack" aria-labelledby="rotate-title">
      <h2 id="rotate-title">Rotate in one click</h2>
      <p>This GitLab token may rotate itself. GitLab issues the new token and revokes this one at once; PAT Keeper swaps it in, keeping its name, scopes, notes and git setup.</p>
      <div className="renew-inline">
        <div className="field">
          <label htmlFor="rotate-expiry">New expiry (UTC date)</label>
          <input id="rotate-expiry" className="input" type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
        </div>
        {asking ? null : <button className="btn btn-primary" disabled={busy} onClick={() => setAsking(true)}>Rotate now</button>}
      </div>
      {asking ? (
        <div className="notice notice-warn stack" role="alert">
          <p>
            GitLab revokes the current token the moment it issues the new one. {places.length ? `These places stop working until you update them: ${places.join(', ')}.` : 'Anything still using it stops working until you update it.'}
          </p>
          <div className="row">
            <button ref={confirmRef} className="btn vault-btn-danger-solid" disabled={busy} aria-busy={busy} onClick={() => void run('renewal:self-rotate')}>{busy ? 'Rotating…' : 'Rotate and revoke the old token'}</button>
            <button className="btn" disabled={busy} onClick={() => setAsking(false)}>Cancel</button>
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="notice notice-danger" role="alert">
          {error.message}
          {error.retry ? <div className="row"><button className="btn btn-small" onClick={() => void run('renewal:retry-save')}>Retry saving</button></div> : null}
        </div>
      ) : null}
    </section>
  )
}

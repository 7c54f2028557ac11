import { useState } from 'react'
import type { RenewalOutcomeView, RenewalPlanView } from '../../../shared/ipc/channels/expiry'
import { invoke } from '../../lib/ipc'

/** Paste the new token (masked, with a reveal toggle), give its expiry when the host will not, check and swap. */
export const RenewPaste = ({ plan, onSwapped }: { plan: RenewalPlanView; onSwapped(outcome: RenewalOutcomeView): void }) => {
  const [secret, setSecret] = useState('')
  const [reveal, setReveal] = useState(false)
  const [expiresAt, setExpiresAt] = useState(plan.suggestedExpiry ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [confirm, setConfirm] = useState<RenewalOutcomeView | null>(null)
  const submit = async (confirmScopeLoss: boolean) => {
    setBusy(true)
    setError(null)
    const options = { confirmScopeLoss, ...(plan.hostReportsExpiry ? {} : { expiresAt: expiresAt || null }) }
    const result = await invoke('renewal:submit', plan.token.id, secret.trim(), options)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    if (result.value.status === 'needs-confirmation') return setConfirm(result.value)
    setSecret('') // the renderer forgets the token as soon as main has it
    onSwapped(result.value)
  }
  return (
    <form className="stack" onSubmit={(e) => (e.preventDefault(), void submit(false))}>
      <div className="field">
        <label htmlFor="renew-secret">New token</label>
        <div className="renew-secret">
          <input id="renew-secret" className="input" type={reveal ? 'text' : 'password'} autoComplete="off" spellCheck={false} value={secret} onChange={(e) => (setSecret(e.target.value), setConfirm(null))} placeholder="Paste the token the host just showed you" />
          <button type="button" className="btn" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>{reveal ? 'Hide' : 'Show'}</button>
        </div>
        <span className="hint">PAT Keeper checks it with the host, makes sure it is the same account, then swaps it into your keychain.</span>
      </div>
      {plan.hostReportsExpiry ? null : (
        <div className="field">
          <label htmlFor="renew-expiry">Expires on (UTC date)</label>
          <input id="renew-expiry" className="input renew-date" type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
          <span className="hint">This host does not tell PAT Keeper when a token expires: enter the date you chose on its page.</span>
        </div>
      )}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {confirm ? (
        <div className="notice notice-warn stack" role="alert">
          {confirm.warnings.map((w) => <p key={w}>{w}</p>)}
          <div className="row">
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void submit(true)}>Swap anyway</button>
            <button type="button" className="btn btn-ghost" onClick={() => setConfirm(null)}>Cancel</button>
          </div>
        </div>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy || secret.trim().length === 0} aria-busy={busy}>{busy ? 'Checking…' : 'Check and swap'}</button>
      </div>
    </form>
  )
}

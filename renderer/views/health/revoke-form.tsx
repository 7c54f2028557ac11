import { useState } from 'react'
import type { RevokeOutcome } from '../../../shared/domain/health'
import { invoke } from '../../lib/ipc'

/** "Revoke on host": the user types the token's label to confirm; the outcome says what happened. */
export const RevokeForm = ({ tokenId, label, revoked, onDone }: { tokenId: string; label: string; revoked: boolean; onDone(): void }) => {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<RevokeOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const revoke = async () => {
    setBusy(true)
    setError(null)
    const result = await invoke('health:revoke', tokenId, typed)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setOutcome(result.value)
    if (result.value.ok) onDone()
  }
  if (revoked && !outcome) return null
  if (!open) return <button className="btn btn-small btn-danger" onClick={() => setOpen(true)}>Revoke on host</button>
  return (
    <div className="health-revoke stack">
      {outcome ? (
        <div className={`notice ${outcome.ok ? 'notice-ok' : 'notice-danger'}`} role="status">
          {outcome.message}
          {outcome.manualUrl ? <div className="health-url">{outcome.manualUrl}</div> : null}
        </div>
      ) : (
        <form className="row" onSubmit={(e) => { e.preventDefault(); void revoke() }}>
          <label className="muted" htmlFor={`revoke-${tokenId}`}>Type <strong>{label}</strong> to revoke it on the host for good</label>
          <input id={`revoke-${tokenId}`} className="input health-revoke-input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          <button className="btn btn-danger" type="submit" disabled={busy || typed !== label}>{busy ? 'Revoking\u2026' : 'Revoke'}</button>
          <button className="btn btn-ghost" type="button" onClick={() => setOpen(false)}>Cancel</button>
        </form>
      )}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </div>
  )
}

import { useState } from 'react'
import type { RevokeOutcome } from '../../../shared/domain/health'
import type { IpcResult } from '../../../shared/ipc/result'
import { invoke } from '../../lib/ipc'
import '../../styles/health.css'

/** What to revoke: a stored token (confirmed by its label) or a plaintext finding (confirmed by its host name). */
export type RevokeTarget = { tokenId: string; label: string } | { findingKey: string; hostname: string }

const run = (target: RevokeTarget, typed: string): Promise<IpcResult<RevokeOutcome>> =>
  'tokenId' in target ? invoke('health:revoke', target.tokenId, typed) : invoke('health:revoke-finding', target.findingKey, typed)

/** "Revoke on host": the user types the label (or host name) to confirm; the outcome says what happened. */
export const RevokeForm = ({ target, revoked = false, onDone }: { target: RevokeTarget; revoked?: boolean; onDone(): void }) => {
  const word = 'tokenId' in target ? target.label : target.hostname
  const id = 'tokenId' in target ? target.tokenId : target.findingKey
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<RevokeOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const revoke = async () => {
    setBusy(true)
    setError(null)
    const result = await run(target, typed)
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
          <label className="muted" htmlFor={`revoke-${id}`}>Type <strong>{word}</strong> to revoke it on the host for good</label>
          <input id={`revoke-${id}`} className="input health-revoke-input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          <button className="btn btn-danger" type="submit" disabled={busy || typed !== word}>{busy ? 'Revoking\u2026' : 'Revoke'}</button>
          <button className="btn btn-ghost" type="button" onClick={() => setOpen(false)}>Cancel</button>
        </form>
      )}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </div>
  )
}

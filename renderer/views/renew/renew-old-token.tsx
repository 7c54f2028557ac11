import { useEffect, useRef, useState } from 'react'
import type { RevokeOutcome } from '../../../shared/domain/health'
import type { OldTokenOffer } from '../../../shared/domain/renewal'
import { invoke } from '../../lib/ipc'
import '../../styles/health.css'

// A StrictMode remount runs the cleanup once without leaving; forgetting is deferred a tick and called off
// when the same token's offer mounts again, so only really leaving the screen makes main forget.
const pendingForget = new Map<string, number>()
const forgetSoon = (tokenId: string) => pendingForget.set(tokenId, window.setTimeout(() => (pendingForget.delete(tokenId), void invoke('renewal:forget-old', tokenId)), 0))
const keepHeld = (tokenId: string) => (window.clearTimeout(pendingForget.get(tokenId)), pendingForget.delete(tokenId))

const PageLink = ({ url }: { url: string }) => (
  <div className="row">
    <span className="health-url">{url}</span>
    <button type="button" className="btn btn-ghost btn-small" onClick={() => void navigator.clipboard?.writeText(url).catch(() => undefined)}>Copy link</button>
  </div>
)

/**
 * After a swap: "Revoke the old token on <host>" with the label typed (the secret never leaves main), or
 * plainly why it cannot (GitLab rotation already revoked it; hosts without self-revoke get the page).
 */
export const RenewOldToken = ({ tokenId, label, host, offer }: { tokenId: string; label: string; host: string; offer: OldTokenOffer }) => {
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<RevokeOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [kept, setKept] = useState(false)
  const held = useRef(offer.how === 'api')
  useEffect(() => {
    keepHeld(tokenId)
    return () => void (held.current && forgetSoon(tokenId))
  }, [tokenId])
  if (offer.how !== 'api') {
    return (
      <div className={`notice ${offer.how === 'already-revoked' ? 'notice-ok' : 'notice-warn'}`} role="status">
        <p>{offer.message}</p>
        {offer.manualUrl ? <PageLink url={offer.manualUrl} /> : null}
      </div>
    )
  }
  const revoke = async () => {
    setBusy(true)
    setError(null)
    const result = await invoke('renewal:revoke-old', tokenId, typed)
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setOutcome(result.value)
    if (result.value.ok) held.current = false
  }
  const keep = () => {
    held.current = false
    setKept(true)
    void invoke('renewal:forget-old', tokenId)
  }
  if (outcome?.ok) return <div className="notice notice-ok" role="status">{outcome.message}</div>
  if (kept) return <div className="notice notice-warn" role="status">The old token stays valid on {host} until it expires. PAT Keeper has forgotten it; to end it later, revoke it on the host&apos;s token page.{offer.manualUrl ? <PageLink url={offer.manualUrl} /> : null}</div>
  return (
    <section className="card stack renew-old health-revoke" aria-labelledby="renew-old-title">
      <h3 id="renew-old-title">Revoke the old token on {host}</h3>
      <p>{offer.message}</p>
      <form className="row" onSubmit={(e) => (e.preventDefault(), void revoke())}>
        <label className="muted" htmlFor="renew-old-typed">Type <strong>{label}</strong> to revoke the old token for good (the new one keeps working)</label>
        <input id="renew-old-typed" className="input health-revoke-input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        <button className="btn btn-danger" type="submit" disabled={busy || typed !== label} aria-busy={busy}>{busy ? 'Revoking\u2026' : `Revoke the old token on ${host}`}</button>
        <button className="btn btn-ghost" type="button" disabled={busy} onClick={keep}>Keep the old token</button>
      </form>
      {outcome ? (
        <div className="notice notice-danger" role="alert">
          {outcome.message}
          {outcome.manualUrl ? <PageLink url={outcome.manualUrl} /> : null}
        </div>
      ) : null}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </section>
  )
}

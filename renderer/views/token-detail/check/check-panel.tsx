import { useState } from 'react'
import { REFUSED_STATUSES, type TokenView } from '../../../../shared/domain/token'
import { StatusBadge } from '../../../components/status-badge'
import { useNavigation } from '../../../hooks/use-navigation'
import { invoke } from '../../../lib/ipc'
import '../../../styles/validation.css'
import { formatDate, hostName } from '../../tokens/token-format'
import type { DetailPanelProps } from '../panels'
import { CheckFacts } from './check-facts'
import { MessageText } from '../../../components/message-text'

/** What to do about missing scopes: name each one, open the pre-filled token page, or follow the guide. */
const MissingScopes = ({ token, missing }: { token: TokenView; missing: string[] }) => {
  const { navigate } = useNavigation()
  const [error, setError] = useState<string | null>(null)
  const openPage = async () => {
    const result = await invoke('hosts:open-token-page', {
      host: token.host,
      ...(token.url ? { url: token.url } : {}),
      ...(token.org ? { org: token.org } : {}),
      ...(token.collection ? { collection: token.collection } : {}),
      ...(token.region ? { region: token.region } : {}),
      purpose: token.purpose ?? 'write',
      tokenName: token.label,
      ...(token.tokenType ? { tokenType: token.tokenType } : {}),
    })
    setError(result.ok ? null : result.message)
  }
  return (
    <div className="notice notice-warn check-panel-missing" role="group" aria-label="Missing scopes">
      <strong>This token cannot do what its purpose needs yet.</strong>
      <ul>
        {missing.map((scope) => (
          <li key={scope}>
            add <code>{scope}</code>
          </li>
        ))}
      </ul>
      <div className="check-panel-actions">
        <button className="btn btn-small" onClick={() => void openPage()}>Open the {hostName(token.host)} token page</button>
        <button className="btn btn-small btn-ghost" onClick={() => navigate({ view: 'renew', tokenId: token.id })}>Show the guide step</button>
      </div>
      {error ? <p className="muted" role="alert">{error}</p> : null}
    </div>
  )
}

/** Statuses where the host answered about the token itself, so identity and scopes mean something. */
const ANSWERED = new Set(['valid', 'missing-scopes', 'pending-approval'])

/** A check message with `scope` names shown as code. */
const Message = ({ text }: { text: string }) => (
  <p className="check-panel-message" role="status">
    <MessageText text={text} />
  </p>
)

/** Token detail panel: the last check's result, who and what the host reported, and "Check now". */
export const CheckPanel = ({ token, onChanged }: DetailPanelProps) => {
  const { navigate } = useNavigation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const check = token.lastCheck
  const run = async () => {
    setBusy(true)
    setError(null)
    const result = await invoke('tokens:check', token.id)
    setBusy(false)
    if (!result.ok) setError(result.message)
    onChanged()
  }
  return (
    <section className="card" aria-labelledby="check-title" data-panel="check">
      <div className="check-panel-head">
        <h2 id="check-title">Host check</h2>
        <button className="btn btn-primary btn-small" data-shortcut="check" onClick={() => void run()} disabled={busy} aria-busy={busy}>
          {busy ? 'Checking\u2026' : 'Check now'}
        </button>
      </div>
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {check ? (
        <>
          <div className="check-panel-summary">
            <StatusBadge status={check.status} />
            <span className="muted">checked {formatDate(check.checkedAt)}</span>
          </div>
          <Message text={check.message} />
          {check.note ? <p className="muted check-note">Host limit: {check.note.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</p> : null}
          {ANSWERED.has(check.status) ? <CheckFacts token={token} check={check} /> : null}
          {check.missingScopes?.length ? <MissingScopes token={token} missing={check.missingScopes} /> : null}
          {REFUSED_STATUSES.has(check.status) ? (
            <div className="check-panel-actions">
              <button className="btn btn-small" onClick={() => navigate({ view: 'renew', tokenId: token.id })}>Create a replacement with the guide</button>
            </div>
          ) : null}
        </>
      ) : (
        <p className="muted">Not checked yet. A check asks {hostName(token.host)} who the token belongs to, what it may do and when it expires.</p>
      )}
    </section>
  )
}

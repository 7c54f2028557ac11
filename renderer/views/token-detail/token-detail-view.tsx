import { useCallback, useEffect, useMemo, useState } from 'react'
import type { TokenView, UsedInNote } from '../../../shared/domain/token'
import type { TokenEditRequest } from '../../../shared/ipc/channels/tokens'
import { HostMark } from '../../components/hosts/host-mark'
import { EmptyState } from '../../components/empty-state'
import { useNavigation, type Route } from '../../hooks/use-navigation'
import { usePendingRemoval } from '../../hooks/use-pending-removal'
import { clearFlash, peekFlash } from '../../lib/flash'
import { invoke, on } from '../../lib/ipc'
import '../../styles/vault.css'
import { formatDate } from '../tokens/token-format'
import { FactsCard } from './facts-card'
import { LabelEditor } from './label-editor'
import { DETAIL_PANELS } from './panels'
import { RemoveDialog } from './remove-dialog'
import { UsedInCard } from './used-in-card'
import { NO_FLAGS, RiskBadges } from '../../components/health/risk-badges'
import { useLiveFlags } from '../health/use-live-flags'
import { RENEW_ACTION } from '../renew/renew-words'

/** One token: every fact, rename, "used in" notes, removal, and the other concerns' panels below. */
export const TokenDetailView = ({ route }: { route: Route }) => {
  const { navigate } = useNavigation()
  const id = route.tokenId ?? ''
  // This token's flags only (the whole report holds every token's).
  const flags = useLiveFlags(undefined, id)
  const [token, setToken] = useState<TokenView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [missing, setMissing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  // Right after the wizard saved (or an import stored) this token: say so, and offer git at once.
  const [justSaved] = useState(() => peekFlash(id))
  useEffect(clearFlash, [])
  const [removing, setRemoving] = useState<'ask' | 'busy' | null>(null)
  const now = useMemo(() => new Date(), [])
  const load = useCallback(async () => {
    const result = await invoke('tokens:get', id)
    if (result.ok) setToken(result.value)
    else if (result.code === 'not-found' || result.code === 'bad-request') setMissing(true)
    else setError(result.message)
  }, [id])
  useEffect(() => {
    void load()
    const reloadIfMine = ({ ids }: { ids: string[] }) => ids.includes(id) && void load()
    const off = [on('tokens:changed', reloadIfMine), on('tokens:checked', reloadIfMine)]
    return () => off.forEach((f) => f())
  }, [id, load])

  const edit = async (patch: TokenEditRequest, done: string): Promise<boolean> => {
    const result = await invoke('tokens:update', id, patch)
    if (!result.ok) {
      setError(result.message)
      return false
    }
    setToken(result.value)
    setError(null)
    setNotice(done)
    return true
  }
  const saveNotes = (notes: UsedInNote[]) =>
    edit({ usedIn: notes.map((n) => ({ ...(n.id ? { id: n.id } : {}), text: n.text, ...(n.updatedAt ? { updatedAt: n.updatedAt } : {}) })) }, 'Places saved.')
  const removal = usePendingRemoval()
  // The list hides the token at once and offers Undo; the keychain item goes when Undo runs out.
  const remove = () => {
    if (!token) return
    removal.schedule([{ id: token.id, label: token.label }])
    navigate({ view: 'tokens' })
  }
  const cancelRemove = useCallback(() => setRemoving(null), [])
  // "Use with git" is what most people open a token for: a header button takes them (and focus) to it.
  const jumpToGit = () => {
    const heading = document.getElementById('git-title')
    if (!heading) return
    heading.tabIndex = -1
    heading.scrollIntoView({ block: 'start' })
    heading.focus({ preventScroll: true })
  }

  if (missing)
    return (
      <div className="page vault">
        <EmptyState main symbol="?" title="This token is gone" action={<button className="btn btn-primary" onClick={() => navigate({ view: 'tokens' })}>Back to all tokens</button>}>
          It was removed, perhaps from the command line.
        </EmptyState>
      </div>
    )
  return (
    <div className="page vault">
      <button className="btn btn-ghost btn-small vault-back" onClick={() => navigate({ view: 'tokens' })}>{'\u2190'} All tokens</button>
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {token ? (
        <>
          <header className="page-header">
            <div className="vault-token-cell">
              <HostMark kind={token.host} />
              <div>
                <LabelEditor label={token.label} onSave={(label) => edit({ label }, 'Label saved.')} />
                <p className="muted">Added {formatDate(token.createdAt)}{token.username ? ` \u00b7 ${token.username}` : ''}{token.revokedAt ? ` \u00b7 Revoked on ${token.revokedAt.slice(0, 10)} by PAT Keeper` : ''}</p>
                <RiskBadges flags={flags.get(token.id) ?? NO_FLAGS} limit={6} />
              </div>
            </div>
            <div className="spacer" />
            <div className="row">
              <button className="btn" onClick={jumpToGit}>Use with git</button>
              <button className="btn" onClick={() => navigate({ view: 'renew', tokenId: token.id })}>{RENEW_ACTION}</button>
            </div>
          </header>
          {justSaved ? (
            <div className="notice notice-ok row" role="status">
              <span>{justSaved}</span>
              <span className="spacer" />
              <button className="btn btn-small btn-primary" onClick={jumpToGit}>Set up git now</button>
            </div>
          ) : null}
          {notice ? <div className="notice notice-ok" role="status">{notice}</div> : null}
          <div className="vault-grid">
            <FactsCard token={token} now={now} />
            <div className="stack">
              <UsedInCard token={token} onSave={saveNotes} />
              {token.rotations.length ? (
                <section className="card" aria-labelledby="history-title">
                  <div className="vault-card-head"><h2 id="history-title">Renewals</h2></div>
                  <ul className="vault-history">
                    {[...token.rotations].reverse().map((r) => (
                      <li key={r.at}>{formatDate(r.at)} <span className="muted">replaced a token {r.previousExpiresAt ? `expiring ${formatDate(r.previousExpiresAt)}` : 'without expiry'}</span></li>
                    ))}
                  </ul>
                </section>
              ) : null}
              <section className="card vault-danger" aria-labelledby="danger-title">
                <h2 id="danger-title">Remove token</h2>
                <p>Deletes the secret from your keychain and this record. It does not revoke the token on the host.</p>
                <button className="btn btn-danger" onClick={() => setRemoving('ask')}>Remove{'\u2026'}</button>
              </section>
            </div>
          </div>
          <div className="vault-panels">
            {DETAIL_PANELS.map((Panel, i) => <Panel key={i} token={token} onChanged={() => void load()} />)}
          </div>
          {removing ? <RemoveDialog token={token} busy={removing === 'busy'} onCancel={cancelRemove} onConfirm={remove} /> : null}
        </>
      ) : null}
    </div>
  )
}

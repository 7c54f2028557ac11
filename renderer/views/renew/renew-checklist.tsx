import { useState } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { invoke } from '../../lib/ipc'

/** The "used in" checklist after a swap: each place the old token was pasted, ticked off once updated. */
export const RenewChecklist = ({ token: initial }: { token: TokenView }) => {
  const [token, setToken] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const done = token.usedIn.filter((n) => n.updatedAt).length
  const tick = async (noteId: string, value: boolean) => {
    const previous = token
    // Show the tick at once; main's answer replaces it (or puts it back when storing failed).
    setToken({ ...token, usedIn: token.usedIn.map((n) => (n.id === noteId ? { ...n, updatedAt: value ? new Date().toISOString() : undefined } : n)) })
    const result = await invoke('renewal:tick', token.id, noteId, value)
    setToken(result.ok ? result.value : previous)
    setError(result.ok ? null : result.message)
  }
  return (
    <div>
      {token.usedIn.length === 0 ? (
        <p className="muted">No places were noted for this token. If you pasted it somewhere (a CI secret, a tool's settings), update it there now.</p>
      ) : (
        <>
          <p className="renew-progress" role="status">{done} of {token.usedIn.length} updated</p>
          <ul className="renew-checklist" aria-label="Places to update">
            {token.usedIn.map((n) => (
              <li key={n.id}>
                <label>
                  <input type="checkbox" checked={Boolean(n.updatedAt)} onChange={(e) => void tick(n.id, e.target.checked)} />
                  <span className={n.updatedAt ? 'renew-done' : undefined}>{n.text}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        {token.gitBindings.length > 0
          ? `Git on this computer already uses the new token (${token.gitBindings.length} ${token.gitBindings.length === 1 ? 'setup' : 'setups'} kept): nothing to do there.`
          : 'Git set up through PAT Keeper would pick up the new token by itself.'}
      </p>
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </div>
  )
}

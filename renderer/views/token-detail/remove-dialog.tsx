import { useEffect, useRef } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { RevokeForm } from '../health/revoke-form'
import { hostName } from '../tokens/token-format'

/** Asks before removing: says what is deleted and that the host still has the token. */
export const RemoveDialog = ({ token, busy, onCancel, onConfirm }: { token: TokenView; busy: boolean; onCancel(): void; onConfirm(): void }) => {
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    cancelRef.current?.focus() // the safe choice has focus, so Enter does not delete
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])
  return (
    <div className="vault-backdrop">
      <div className="card vault-dialog" role="alertdialog" aria-modal="true" aria-labelledby="remove-title" aria-describedby="remove-text">
        <h2 id="remove-title">Remove "{token.label}"?</h2>
        <p id="remove-text">
          PAT Keeper deletes the secret from your system keychain and forgets this token's details, notes and git
          setup. The token itself stays valid on {hostName(token.host)} until you revoke it there.
        </p>
        {token.revokedAt ? null : <RevokeForm target={{ tokenId: token.id, label: token.label }} onDone={() => undefined} />}
        <div className="vault-dialog-actions">
          <button ref={cancelRef} className="btn" onClick={onCancel} disabled={busy}>Cancel</button>
          <button className="btn vault-btn-danger-solid" onClick={onConfirm} disabled={busy}>{busy ? 'Removing\u2026' : 'Remove token'}</button>
        </div>
      </div>
    </div>
  )
}

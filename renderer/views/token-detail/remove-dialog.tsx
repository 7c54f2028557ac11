import { useRef } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { RevokeForm } from '../health/revoke-form'
import { useDialogFocus } from '../../hooks/use-dialog-focus'
import { hostName } from '../tokens/token-format'

/**
 * Asks before removing: says what is deleted and that the host still has the token. The confirm button has
 * focus (Enter removes, as the user asked by opening the dialog; Escape or Cancel keeps the token), and the
 * list offers Undo right after, so a slip is recoverable.
 */
export const RemoveDialog = ({ token, busy, onCancel, onConfirm }: { token: TokenView; busy: boolean; onCancel(): void; onConfirm(): void }) => {
  const dialogRef = useRef<HTMLDivElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  useDialogFocus(dialogRef, confirmRef, onCancel)
  return (
    <div className="vault-backdrop">
      <div ref={dialogRef} className="card vault-dialog" role="alertdialog" aria-modal="true" aria-labelledby="remove-title" aria-describedby="remove-text">
        <h2 id="remove-title">Remove {'\u201c'}{token.label}{'\u201d'}?</h2>
        <p id="remove-text">
          PAT Keeper deletes the secret from your system keychain and forgets this token's details, notes and git
          setup. The token itself stays valid on {hostName(token.host)} until you revoke it there.
        </p>
        {token.revokedAt ? null : <RevokeForm target={{ tokenId: token.id, label: token.label }} onDone={() => undefined} />}
        <div className="vault-dialog-actions">
          <button className="btn" onClick={onCancel} disabled={busy}>Cancel</button>
          <button ref={confirmRef} className="btn vault-btn-danger-solid" onClick={onConfirm} disabled={busy}>{busy ? 'Removing\u2026' : 'Remove token'}</button>
        </div>
      </div>
    </div>
  )
}

import { useRef } from 'react'
import type { TokenView } from '../../../../shared/domain/token'
import { useDialogFocus } from '../../../hooks/use-dialog-focus'

/** Labels listed by name in the dialog; more are counted. */
const NAMED = 5

/** "1 token", "3 tokens". */
const count = (n: number) => `${n} token${n === 1 ? '' : 's'}`

/**
 * One confirmation for removing the selection: says how many and which, that the hosts still have the
 * tokens, and the list offers Undo right after (as for one token).
 */
export const BulkRemoveDialog = ({ tokens, onCancel, onConfirm }: { tokens: readonly TokenView[]; onCancel(): void; onConfirm(): void }) => {
  const dialogRef = useRef<HTMLDivElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  useDialogFocus(dialogRef, confirmRef, onCancel)
  const rest = tokens.length - NAMED
  return (
    <div className="vault-backdrop">
      <div ref={dialogRef} className="card vault-dialog" role="alertdialog" aria-modal="true" aria-labelledby="bulk-remove-title" aria-describedby="bulk-remove-text">
        <h2 id="bulk-remove-title">Remove {count(tokens.length)}?</h2>
        <ul className="vault-bulk-names">
          {tokens.slice(0, NAMED).map((t) => <li key={t.id}>{t.label}</li>)}
          {rest > 0 ? <li className="muted">and {rest} more</li> : null}
        </ul>
        <p id="bulk-remove-text">
          PAT Keeper deletes the secrets from your system keychain and forgets the details, notes and git setup.
          The tokens stay valid on their hosts until you revoke them there.
        </p>
        <div className="vault-dialog-actions">
          <button className="btn" onClick={onCancel}>Cancel</button>
          <button ref={confirmRef} className="btn vault-btn-danger-solid" onClick={onConfirm}>Remove {count(tokens.length)}</button>
        </div>
      </div>
    </div>
  )
}

import { useRef } from 'react'
import { SHORTCUTS } from '../../hooks/shortcuts'
import { useDialogFocus } from '../../hooks/use-dialog-focus'

/** The shortcut list ("?" or the sidebar link): every shortcut from SHORTCUTS, Escape or Close to leave. */
export const ShortcutsDialog = ({ onClose }: { onClose(): void }) => {
  const dialog = useRef<HTMLDivElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  useDialogFocus(dialog, close, onClose)
  return (
    <div className="vault-backdrop">
      <div ref={dialog} className="card vault-dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map((s) => (
            <div key={s.id}>
              <dt><kbd>{s.keys}</kbd></dt>
              <dd>{s.does}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">On macOS, Cmd works wherever Ctrl is shown. Escape closes a dialog or cancels a rename.</p>
        <div className="vault-dialog-actions">
          <button ref={close} className="btn" onClick={onClose}>Close</button>
        </div>
      </div>
    </div>
  )
}

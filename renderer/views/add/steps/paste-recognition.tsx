import type { Recognition } from '../../../../shared/hosts/catalog'

/** Warnings that mean the token will not work get the danger look. */
const SEVERE = new Set(['app-password-dead', 'other-host', 'looks-like-password', 'access-key-id', 'truncated', 'placeholder'])
/** Warnings about extras that came along with the paste; `recognition.cleaned` is the token without them. */
const CLEANABLE = new Set(['quotes', 'auth-prefix', 'line-break'])

/**
 * What PAT Keeper can tell from the pasted token's shape, in plain words: the format and its checksum, or
 * that the format is unknown (only when nothing looks wrong), then each warning once. Offers to take off
 * quote marks, a `Bearer ` prefix or line breaks, since the keychain must get the token alone.
 */
export const PasteRecognition = ({ recognition, hasSecret, ownPrefixes, onClean }: { recognition: Recognition; hasSecret: boolean; ownPrefixes: boolean; onClean(cleaned: string): void }) => {
  const severe = recognition.warnings.some((w) => SEVERE.has(w.code))
  const lastCleanable = recognition.cleaned === undefined ? -1 : recognition.warnings.map((w) => CLEANABLE.has(w.code)).lastIndexOf(true)
  return (
    <div className="recognition" aria-live="polite">
      {recognition.summary ? (
        <span className={`badge ${severe ? 'badge-danger' : recognition.checksum === 'failed' ? 'badge-warn' : 'badge-ok'}`} data-testid="recognized">
          Recognised: {recognition.summary}
        </span>
      ) : hasSecret && recognition.unknownFormat ? (
        <span className="badge" data-testid="unrecognised">
          Format not recognised. That can be fine ({ownPrefixes ? 'servers may use their own prefix' : 'hosts change formats'}); the check comes next.
        </span>
      ) : null}
      {recognition.warnings.map((w, i) => (
        <p key={w.code} className={`notice ${SEVERE.has(w.code) ? 'notice-danger' : 'notice-warn'}`} data-warning={w.code}>
          {w.message}
          {i === lastCleanable ? (
            <>
              {' '}
              <button type="button" className="btn btn-small" onClick={() => onClean(recognition.cleaned!)}>
                Remove them
              </button>
            </>
          ) : null}
        </p>
      ))}
    </div>
  )
}

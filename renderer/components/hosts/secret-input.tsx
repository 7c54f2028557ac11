import { useId, useState } from 'react'

/** A masked input for a token, with a Show/Hide toggle; never autocompleted, spell-checked or saved by the page. */
export const SecretInput = ({ label, value, onChange, hint }: { label: string; value: string; onChange(value: string): void; hint?: string }) => {
  const id = useId()
  const [shown, setShown] = useState(false)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="secret-input">
        <input
          id={id}
          className="input mono"
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <button type="button" className="btn btn-small btn-ghost" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
    </div>
  )
}

import { useId, useState } from 'react'

/** "Used in" notes: places the token is also pasted (a CI runner, a notebook), remembered for renewal. */
export const UsedInField = ({ notes, onChange }: { notes: string[]; onChange(notes: string[]): void }) => {
  const id = useId()
  const [text, setText] = useState('')
  const add = () => {
    const note = text.trim()
    if (!note || notes.includes(note)) return
    onChange([...notes, note])
    setText('')
  }
  return (
    <div className="field">
      <label htmlFor={`${id}-note`}>Also used in (optional)</label>
      <div className="row">
        <input
          id={`${id}-note`}
          className="input"
          value={text}
          maxLength={300}
          placeholder="CI runner, deploy script, notebook…"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        />
        <button type="button" className="btn" onClick={add} disabled={!text.trim()}>
          Add
        </button>
      </div>
      <p className="hint">When the token is renewed, PAT Keeper lists these places so none is forgotten.</p>
      {notes.length ? (
        <ul className="used-in">
          {notes.map((note) => (
            <li key={note}>
              <span>{note}</span>
              <button type="button" className="btn btn-small btn-ghost" aria-label={`Remove "${note}"`} onClick={() => onChange(notes.filter((n) => n !== note))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

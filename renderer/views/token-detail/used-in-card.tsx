import { useState } from 'react'
import type { TokenView, UsedInNote } from '../../../shared/domain/token'

/** The places a token was pasted: add, edit and remove free-text notes. */
export const UsedInCard = ({ token, onSave }: { token: TokenView; onSave(notes: UsedInNote[]): Promise<boolean> }) => {
  const [draft, setDraft] = useState('')
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null)
  const save = (notes: UsedInNote[]) => onSave(notes)
  const add = async () => {
    if (!draft.trim()) return
    if (await save([...token.usedIn, { id: '', text: draft.trim() }])) setDraft('')
  }
  const commitEdit = async () => {
    if (!editing) return
    if (await save(token.usedIn.map((n) => (n.id === editing.id ? { ...n, text: editing.text } : n)))) setEditing(null)
  }
  return (
    <section className="card" aria-labelledby="usedin-title">
      <div className="vault-card-head"><h2 id="usedin-title">Used in</h2></div>
      <p className="muted vault-sub">Where else this token was pasted (a CI runner, a notebook platform, an issue tracker), so you can update every place when you renew it.</p>
      <ul className="vault-notes">
        {token.usedIn.map((note) => (
          <li key={note.id} className="vault-note">
            {editing?.id === note.id ? (
              <form className="vault-inline-form" onSubmit={(e) => { e.preventDefault(); void commitEdit() }}>
                <label className="sr-only" htmlFor={`note-${note.id}`}>Edit note</label>
                <input id={`note-${note.id}`} className="input" value={editing.text} maxLength={300} autoFocus onChange={(e) => setEditing({ id: note.id, text: e.target.value })} />
                <button className="btn btn-small btn-primary" type="submit">Save</button>
                <button className="btn btn-small btn-ghost" type="button" onClick={() => setEditing(null)}>Cancel</button>
              </form>
            ) : (
              <>
                <span className="vault-note-text">{note.text}</span>
                <span className="vault-note-actions">
                  <button className="btn btn-small btn-ghost" aria-label={`Edit note ${note.text}`} onClick={() => setEditing({ id: note.id, text: note.text })}>Edit</button>
                  <button className="btn btn-small btn-ghost" aria-label={`Remove note ${note.text}`} onClick={() => void save(token.usedIn.filter((n) => n.id !== note.id))}>Remove</button>
                </span>
              </>
            )}
          </li>
        ))}
        {token.usedIn.length === 0 ? <li className="muted vault-sub">No places noted yet.</li> : null}
      </ul>
      <form className="vault-inline-form" onSubmit={(e) => { e.preventDefault(); void add() }}>
        <label className="sr-only" htmlFor="new-note">New place</label>
        <input id="new-note" className="input" placeholder="e.g. GitHub Actions secret in acme/api" value={draft} maxLength={300} onChange={(e) => setDraft(e.target.value)} />
        <button className="btn" type="submit" disabled={!draft.trim()}>Add place</button>
      </form>
    </section>
  )
}

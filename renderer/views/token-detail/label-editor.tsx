import { useState } from 'react'

/** The token's label as a heading, with an inline rename form. */
export const LabelEditor = ({ label, onSave }: { label: string; onSave(next: string): Promise<boolean> }) => {
  const [editing, setEditing] = useState<string | null>(null)
  if (editing === null)
    return (
      <div className="vault-title">
        <h1>{label}</h1>
        <button className="btn btn-small btn-ghost" onClick={() => setEditing(label)}>Rename</button>
      </div>
    )
  return (
    // The page keeps its <h1> while renaming (the label being edited); Escape cancels like the Cancel button.
    <form className="vault-inline-form" onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setEditing(null) } }} onSubmit={async (e) => { e.preventDefault(); if (await onSave(editing)) setEditing(null) }}>
      <h1 className="sr-only">Rename {label}</h1>
      <label className="sr-only" htmlFor="label-input">Label</label>
      <input id="label-input" className="input" value={editing} maxLength={120} autoFocus onChange={(e) => setEditing(e.target.value)} />
      <button className="btn btn-primary" type="submit" disabled={!editing.trim()}>Save label</button>
      <button className="btn btn-ghost" type="button" onClick={() => setEditing(null)}>Cancel</button>
    </form>
  )
}

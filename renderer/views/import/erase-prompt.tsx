import { useState } from 'react'
import type { ImportEraseResult, ImportScan } from '../../../shared/ipc/channels/tokens'
import { invoke } from '../../lib/ipc'

/** After a successful import: offer to remove the plaintext copies (git credential-store erase, with a backup). */
export const ErasePrompt = ({ scan, keys }: { scan: ImportScan; keys: string[] }) => {
  const [results, setResults] = useState<ImportEraseResult[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const files = scan.files.filter((f) => scan.candidates.some((c) => c.file === f && keys.includes(c.key)))
  const erase = async () => {
    setBusy(true)
    const done: ImportEraseResult[] = []
    for (const file of files) {
      const result = await invoke('tokens:import-erase', file, scan.candidates.filter((c) => c.file === file && keys.includes(c.key)).map((c) => c.key))
      if (!result.ok) {
        setError(result.message)
        break
      }
      done.push(result.value)
    }
    setBusy(false)
    setResults(done)
  }
  if (results)
    return (
      <div className="stack">
        {results.map((r, i) => <div key={i} className="notice notice-ok" role="status">{r.message}</div>)}
        {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      </div>
    )
  return (
    <div className="notice notice-warn stack">
      <p>
        The imported tokens are still written in plaintext in {files.join(', ')}. Remove them from that file now?
        PAT Keeper uses <code>git credential-store erase</code> and keeps a backup copy you can delete later.
      </p>
      <div className="row">
        <button className="btn btn-primary" disabled={busy} onClick={() => void erase()}>{busy ? 'Removing\u2026' : 'Remove plaintext copies'}</button>
      </div>
    </div>
  )
}

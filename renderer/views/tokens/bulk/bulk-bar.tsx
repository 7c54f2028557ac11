import { useState } from 'react'
import type { TokenView } from '../../../../shared/domain/token'
import { usePendingRemoval } from '../../../hooks/use-pending-removal'
import { invoke } from '../../../lib/ipc'
import { saveDownload } from '../../../lib/save-download'
import { BulkRemoveDialog } from './bulk-remove-dialog'

/**
 * What can be done with the checked rows: check them (progress shows next to Check all, and Stop works),
 * export them in the timeline's formats, remove them (one confirmation, then Undo), or uncheck them all.
 */
export const BulkBar = ({ chosen, onClear }: { chosen: readonly TokenView[]; onClear(): void }) => {
  const removal = usePendingRemoval()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ids = chosen.map((t) => t.id)
  const check = async () => {
    const result = await invoke('tokens:check-selected', ids)
    setError(result.ok ? null : result.message)
  }
  const save = async (format: 'ics' | 'csv' | 'json') => {
    const result = await invoke('expiry:export-selected', format, ids)
    if (!result.ok) return setError(result.message)
    setError(null)
    saveDownload(result.value)
  }
  const remove = () => {
    setConfirming(false)
    removal.schedule(chosen)
    onClear()
  }
  return (
    <div className="vault-bulk" role="group" aria-label="Selected tokens">
      <strong aria-live="polite">{chosen.length} selected</strong>
      <button className="btn btn-small" onClick={() => void check()}>Check selected</button>
      <span className="vault-bulk-export">
        <span className="muted">Export:</span>
        <button className="btn btn-small" onClick={() => void save('csv')} aria-label="Export selected as CSV">CSV</button>
        <button className="btn btn-small" onClick={() => void save('json')} aria-label="Export selected as JSON">JSON</button>
        <button className="btn btn-small" onClick={() => void save('ics')} aria-label="Export selected as .ics calendar">.ics</button>
      </span>
      <button className="btn btn-small" onClick={() => setConfirming(true)}>Remove selected{'\u2026'}</button>
      <span className="spacer" />
      <button className="btn btn-small btn-ghost" onClick={onClear}>Clear selection</button>
      {error ? <span className="notice notice-danger" role="alert">{error}</span> : null}
      {confirming ? <BulkRemoveDialog tokens={chosen} onCancel={() => setConfirming(false)} onConfirm={remove} /> : null}
    </div>
  )
}

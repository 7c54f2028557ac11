import { useState } from 'react'
import { Icon } from '../../components/icons'
import { invoke } from '../../lib/ipc'
import { saveDownload } from '../../lib/save-download'

/** Saves the expiry calendar (or data) through the browser's download: no file access in the renderer. */
export const ExportButtons = () => {
  const [error, setError] = useState<string | null>(null)
  const save = async (format: 'ics' | 'csv' | 'json') => {
    const result = await invoke('expiry:export', format)
    if (!result.ok) return setError(result.message)
    setError(null)
    saveDownload(result.value)
  }
  return (
    <div className="row">
      <button className="btn btn-primary" onClick={() => void save('ics')}>
        <Icon name="calendar" size={16} /> Add to calendar (.ics)
      </button>
      <button className="btn" onClick={() => void save('csv')}>CSV</button>
      <button className="btn" onClick={() => void save('json')}>JSON</button>
      {error ? <span className="notice notice-danger" role="alert">{error}</span> : null}
    </div>
  )
}

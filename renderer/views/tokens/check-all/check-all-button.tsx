import { useEffect, useState } from 'react'
import type { CheckAllProgress } from '../../../../shared/ipc/channels/validation'
import { invoke, on } from '../../../lib/ipc'
import '../../../styles/validation.css'
import { checkAllWords } from './check-all-words'

/**
 * "Check all" in the token list header: checks every token, shows "412 of 1,000 checked, 3 need
 * attention" as results come in (rows update themselves from the per-token events), and can be stopped.
 */
export const CheckAllButton = ({ onChanged }: { onChanged(): void }) => {
  const [progress, setProgress] = useState<CheckAllProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => on('tokens:check-progress', setProgress), [])
  const running = progress?.running ?? false
  const run = async () => {
    setError(null)
    setProgress({ done: 0, total: 0, attention: 0, unsettled: 0, running: true, cancelled: false })
    const result = await invoke('tokens:check-all')
    if (!result.ok) {
      setError(result.message)
      setProgress(null)
    }
    onChanged()
  }
  const text = error ?? (progress && (progress.total > 0 || !progress.running) ? checkAllWords(progress) : running ? 'Starting\u2026' : '')
  return (
    <span className="check-all">
      <span role="status" className={`check-all-result${error || progress?.attention ? ' check-all-attention' : ''}`}>{text}</span>
      {running ? (
        <button className="btn" onClick={() => void invoke('tokens:check-all-cancel')}>Stop</button>
      ) : (
        <button className="btn" data-shortcut="check" onClick={() => void run()}>Check all</button>
      )}
    </span>
  )
}

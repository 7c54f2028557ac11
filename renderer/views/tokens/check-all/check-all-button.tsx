import { useState } from 'react'
import { invoke } from '../../../lib/ipc'
import '../../../styles/validation.css'

/** "Check all" in the token list header: checks every token, then says how many need attention. */
export const CheckAllButton = ({ onChanged }: { onChanged(): void }) => {
  const [busy, setBusy] = useState(false)
  const [summary, setSummary] = useState<{ text: string; attention: boolean } | null>(null)
  const run = async () => {
    setBusy(true)
    setSummary(null)
    const result = await invoke('tokens:check-all')
    setBusy(false)
    if (!result.ok) setSummary({ text: result.message, attention: true })
    else {
      const all = Object.values(result.value)
      const bad = all.filter((r) => r.status !== 'valid').length
      const text = all.length === 0 ? 'No tokens to check.' : bad === 0 ? `All ${all.length} valid.` : `${all.length} checked, ${bad} need${bad === 1 ? 's' : ''} attention.`
      setSummary({ text, attention: bad > 0 })
    }
    onChanged()
  }
  return (
    <span className="check-all">
      <span role="status" className={`check-all-result${summary?.attention ? ' check-all-attention' : ''}`}>{summary?.text ?? ''}</span>
      <button className="btn" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? 'Checking\u2026' : 'Check all'}
      </button>
    </span>
  )
}

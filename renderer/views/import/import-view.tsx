import { useCallback, useEffect, useState } from 'react'
import type { ImportOutcome, ImportScan } from '../../../shared/ipc/channels/tokens'
import { EmptyState } from '../../components/empty-state'
import { Icon } from '../../components/icons'
import { PageHeader } from '../../components/page-header'
import { useNavigation } from '../../hooks/use-navigation'
import { leaveFlash, storedFlash } from '../../lib/flash'
import { invoke } from '../../lib/ipc'
import '../../styles/vault.css'
import { CandidateTable, type Row } from './candidate-table'
import { ErasePrompt } from './erase-prompt'

/** Import: find plaintext git credentials, show them masked, move the chosen ones into the keychain. */
export const ImportView = () => {
  const { navigate } = useNavigation()
  const [scan, setScan] = useState<ImportScan | null>(null)
  const [rows, setRows] = useState<Row[]>([])
  const [other, setOther] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcomes, setOutcomes] = useState<ImportOutcome[] | null>(null)

  const runScan = useCallback(async (file?: string) => {
    setError(null)
    setOutcomes(null)
    const result = await invoke('tokens:import-scan', ...(file ? [file] : []) as [string?])
    if (!result.ok) return setError(result.message)
    setScan(result.value)
    setRows(result.value.candidates.map((c) => ({ candidate: c, chosen: c.host !== null && !c.alreadyStored, host: c.host ?? '', label: c.suggestedLabel })))
  }, [])
  useEffect(() => void runScan(), [runScan])

  const chosen = rows.filter((r) => r.chosen)
  const runImport = async () => {
    setBusy(true)
    setError(null)
    const result = await invoke('tokens:import-run', chosen.map((r) => ({ key: r.candidate.key, label: r.label.trim() || r.candidate.suggestedLabel, ...(r.host ? { host: r.host } : {}) })))
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setOutcomes(result.value)
  }
  const openForGit = (tokenId: string, label: string) => {
    leaveFlash(tokenId, storedFlash(label, 'imported'))
    navigate({ view: 'token', tokenId })
  }
  const imported = (outcomes ?? []).filter((o) => o.ok).map((o) => o.key)

  return (
    <div className="page vault">
      <PageHeader title="Import" description="Move tokens that git keeps in plaintext (git credential-store) into your system keychain." />
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {scan ? <p className="vault-files">Looked in: {scan.files.join(', ')}</p> : null}
      {scan && scan.candidates.length === 0 ? (
        <EmptyState symbol={<Icon name="shield" size={30} />} title="No plaintext tokens found">
          git's credential store files hold no tokens, so nothing needs importing. If you keep one elsewhere, name it below.
        </EmptyState>
      ) : null}
      {scan && scan.candidates.length > 0 && !outcomes ? (
        <section className="card" aria-label="Tokens found">
          <div className="vault-card-head">
            <h2>{scan.candidates.length} token{scan.candidates.length === 1 ? '' : 's'} found in plaintext</h2>
          </div>
          <CandidateTable rows={rows} onChange={setRows} />
          <div className="vault-actions">
            <button className="btn btn-primary" disabled={busy || chosen.length === 0 || chosen.some((r) => !r.host)} onClick={() => void runImport()}>
              {busy ? 'Importing\u2026' : `Import ${chosen.length} into the keychain`}
            </button>
          </div>
        </section>
      ) : null}
      {outcomes ? (
        <section className="card stack" aria-label="Import results">
          <h2>Import results</h2>
          <ul className="vault-outcomes">
            {outcomes.map((o) => (
              <li key={o.key} className={`notice row ${o.ok ? 'notice-ok' : 'notice-danger'}`}>
                <span>{o.label ? <strong>{o.label}: </strong> : null}{o.message}</span>
                {/* git read this token from the plaintext file until now: the next step is letting it ask PAT Keeper instead. */}
                {o.ok && o.tokenId ? (
                  <>
                    <span className="spacer" />
                    <button className="btn btn-small btn-primary" aria-label={`Use with git: ${o.label ?? 'the imported token'}`} onClick={() => openForGit(o.tokenId!, o.label ?? '')}>Use with git</button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {imported.length && scan ? <ErasePrompt scan={scan} keys={imported} /> : null}
          <div className="row">
            <button className="btn" onClick={() => navigate({ view: 'tokens' })}>Go to tokens</button>
            <button className="btn btn-ghost" onClick={() => void runScan()}>Scan again</button>
          </div>
        </section>
      ) : null}
      <form className="card vault-inline-form" onSubmit={(e) => { e.preventDefault(); if (other.trim()) void runScan(other.trim()) }}>
        <label htmlFor="other-file" className="muted">Another credential file</label>
        <input id="other-file" className="input" placeholder="/home/me/old-laptop/.git-credentials" value={other} onChange={(e) => setOther(e.target.value)} />
        <button className="btn" type="submit" disabled={!other.trim()}>Scan file</button>
      </form>
    </div>
  )
}

import { useState } from 'react'
import type { DoctorReport } from '../../../shared/ipc/channels/tokens'
import { invoke } from '../../lib/ipc'

/** Keychain health and the token list's consistency, with the fixes doctor offers. */
export const KeychainCard = () => {
  const [report, setReport] = useState<DoctorReport | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const check = async () => {
    setBusy(true)
    const result = await invoke('tokens:doctor')
    setBusy(false)
    if (result.ok) setReport(result.value)
    else setNote(result.message)
  }
  const fix = async () => {
    setBusy(true)
    const result = await invoke('tokens:doctor-fix')
    setBusy(false)
    if (!result.ok) return setNote(result.message)
    setNote(`Deleted ${result.value.deletedItems.length} unused keychain item(s) and ${result.value.removedRecords.length} record(s) without a secret.`)
    await check()
  }
  return (
    <section className="card stack" aria-labelledby="keychain-title">
      <div className="vault-card-head">
        <h2 id="keychain-title">Keychain</h2>
        <button className="btn" disabled={busy} onClick={() => void check()}>{busy ? 'Checking\u2026' : 'Check keychain'}</button>
      </div>
      <p className="muted">Tokens live only in your system keychain. The check stores, reads back and deletes a test item, then compares keychain items with your token list.</p>
      {report ? (
        <div className="stack">
          <div className={`notice ${report.keychain.ok ? 'notice-ok' : 'notice-danger'}`}>{report.keychain.message}</div>
          <div className={`notice ${report.metadata.ok ? 'notice-ok' : 'notice-danger'}`}>Data file {report.metadata.path}: {report.metadata.message}</div>
          {report.fixes.length ? (
            <div className="notice notice-warn stack">
              <ul>{report.fixes.map((f) => <li key={f}>{f}</li>)}</ul>
              <div className="row"><button className="btn" onClick={() => void fix()} disabled={busy}>Fix these</button></div>
            </div>
          ) : report.keychain.ok && report.metadata.ok ? (
            <div className="notice notice-ok">All {report.tokenCount} token(s) have their secret in the keychain.</div>
          ) : null}
        </div>
      ) : null}
      {note ? <div className="notice notice-info" role="status">{note}</div> : null}
    </section>
  )
}

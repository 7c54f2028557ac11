import { useEffect, useState } from 'react'
import type { FixRecord, ScanProgress, ScanReport } from '../../../shared/domain/health'
import { invoke, on } from '../../lib/ipc'
import { FindingActions } from './finding-actions'
import { RevokeForm } from './revoke-form'

const KIND_LABEL: Record<string, string> = {
  'git-remote': 'git remote URL', netrc: '.netrc', npmrc: '.npmrc', 'gh-hosts': 'gh hosts.yml', 'glab-config': 'glab config', 'docker-config': 'Docker config', 'git-credentials': 'git credentials',
}

/** Plaintext copies: the user names folders, scans (with progress), fixes findings and undoes fixes. */
export const ScanPanel = ({ onChanged }: { onChanged(): void }) => {
  const [folders, setFolders] = useState('')
  const [toolFiles, setToolFiles] = useState(true)
  const [progress, setProgress] = useState<ScanProgress | null>(null)
  const [report, setReport] = useState<ScanReport | null>(null)
  const [fixes, setFixes] = useState<FixRecord[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => on('health:scan-progress', setProgress), [])
  useEffect(() => {
    void invoke('health:fixes').then((r) => r.ok && setFixes(r.value))
  }, [])

  const scan = async () => {
    setBusy(true)
    setError(null)
    setProgress(null)
    const list = folders.split('\n').map((f) => f.trim()).filter(Boolean)
    const result = await invoke('health:scan', list, { toolFiles })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setReport(result.value)
    onChanged()
  }
  const fixed = (fix: FixRecord) => {
    setFixes((all) => [fix, ...all])
    onChanged()
    void scan()
  }
  const undo = async (id: string) => {
    const result = await invoke('health:undo', id)
    if (!result.ok) return setError(result.message)
    setFixes((all) => all.map((f) => (f.id === id ? result.value : f)))
    onChanged()
    void scan()
  }
  const open = fixes.filter((f) => !f.undoneAt)

  return (
    <section className="card stack" aria-label="Plaintext copies">
      <h2>Plaintext copies</h2>
      <p className="muted">PAT Keeper reads only what you ask: your tool files (~/.netrc, ~/.npmrc, gh, glab, Docker, git credentials) and the repositories under the folders you name. Nothing is changed until you confirm a fix.</p>
      <form className="stack" onSubmit={(e) => { e.preventDefault(); void scan() }}>
        <label className="field">
          <span>Folders with repositories (one full path per line)</span>
          <textarea className="input" rows={2} value={folders} onChange={(e) => setFolders(e.target.value)} placeholder="/home/me/src" />
        </label>
        <label className="row"><input type="checkbox" checked={toolFiles} onChange={(e) => setToolFiles(e.target.checked)} /> Also check my tool files</label>
        <div className="row">
          <button className="btn btn-primary" type="submit" disabled={busy || (!toolFiles && !folders.trim())}>{busy ? 'Scanning\u2026' : 'Scan'}</button>
          {busy && progress ? <span className="muted" role="status">{progress.phase === 'files' ? `${progress.done} file(s) read` : `${progress.done} repositories read`}, {progress.findings} found</span> : null}
        </div>
      </form>
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
      {report ? (
        <>
          <p role="status">{report.findings.length === 0 ? 'No plaintext tokens found' : `${report.findings.length} plaintext token(s) found`} ({report.filesRead} file(s), {report.repositories} repositories read).</p>
          {report.problems.map((p) => <p key={p} className="notice notice-warn">{p}</p>)}
          {report.findings.length ? (
            <table className="table health-findings">
              <thead><tr><th>Where</th><th>Server</th><th>Token</th><th>In PAT Keeper</th><th /></tr></thead>
              <tbody>
                {report.findings.map((f) => (
                  <tr key={f.key}>
                    <td><div>{KIND_LABEL[f.kind]}</div><div className="vault-sub health-file">{f.file}:{f.line}</div></td>
                    <td>{f.hostname}{f.username ? <div className="vault-sub">{f.username}</div> : null}</td>
                    <td><span className="vault-masked">{f.masked}</span></td>
                    <td>{f.keptAs ? `as "${f.keptAs.label}"` : <span className="muted">no</span>}</td>
                    <td>
                      <div className="row">
                        <FindingActions finding={f} onFixed={fixed} />
                        {f.host ? <RevokeForm target={{ findingKey: f.key, hostname: f.hostname }} onDone={onChanged} /> : null}
                      </div>
                      {f.commands?.length ? <pre className="health-commands">{f.commands.join('\n')}</pre> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
      {open.length ? (
        <div className="stack" aria-label="Fixes">
          <h3>Fixes</h3>
          <ul className="health-fixes">
            {open.map((f) => (
              <li key={f.id} className="notice notice-ok">
                {f.message} <button className="btn btn-small" onClick={() => void undo(f.id)}>Undo</button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

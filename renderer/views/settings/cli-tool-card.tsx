import { useEffect, useState } from 'react'
import type { CliToolStatus } from '../../../shared/ipc/channels/app'
import { invoke } from '../../lib/ipc'

/** "Command-line tool": whether `patkeeper` runs in a terminal, and a button that puts it on PATH. */
export const CliToolCard = () => {
  const [status, setStatus] = useState<CliToolStatus | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    void invoke('app:cli-tool').then((r) => (r.ok ? setStatus(r.value) : setProblem(r.message)))
  }, [])
  const install = async () => {
    setBusy(true)
    setProblem(null)
    const result = await invoke('app:install-cli')
    setBusy(false)
    if (result.ok) setStatus(result.value)
    else setProblem(result.message)
  }
  return (
    <section className="card stack" aria-labelledby="cli-tool-title">
      <div className="vault-card-head">
        <h2 id="cli-tool-title">Command-line tool</h2>
        {status?.canInstall && !status.onPath ? (
          <button className="btn" disabled={busy} onClick={() => void install()}>{busy ? 'Installing\u2026' : 'Install command-line tool'}</button>
        ) : null}
      </div>
      <p className="muted">
        <code>patkeeper</code> lists, checks and sets up tokens from a terminal, and is the helper git runs (it works with this window closed, and over SSH).
      </p>
      {status ? <div className={`notice ${status.onPath ? 'notice-ok' : 'notice-info'}`} role="status">{status.message}</div> : null}
      {problem ? <div className="notice notice-danger" role="alert">{problem}</div> : null}
    </section>
  )
}

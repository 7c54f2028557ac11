import { useEffect, useState } from 'react'
import { invoke } from '../../../lib/ipc'

/** Seconds left until `until` (ISO), ticking once a second; null when there is nothing to count. */
const useCountdown = (until: string | null): number | null => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!until) return
    // Take the time now, not at the last tick: a stale clock showed "31 s" for a 30 s setting.
    const tick = () => setNow(Date.now())
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [until])
  return until ? Math.max(0, Math.ceil((Date.parse(until) - now) / 1000)) : null
}

/** "Copy token" (cleared after the configured time, with a countdown) and "Copy git clone command". */
export const CopySection = ({ tokenId }: { tokenId: string }) => {
  const [clearsAt, setClearsAt] = useState<string | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const [repoUrl, setRepoUrl] = useState('')
  const [command, setCommand] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const left = useCountdown(clearsAt)

  const copyToken = async () => {
    setError(null)
    const r = await invoke('git:copy-token', tokenId)
    if (!r.ok) return setError(r.message)
    setCopied(r.value.clearsAt ? null : 'Token copied. It stays on the clipboard (automatic clearing is off in Settings).')
    setClearsAt(r.value.clearsAt ?? null)
  }
  const copyClone = async () => {
    setError(null)
    const r = await invoke('git:copy-clone-command', repoUrl.trim())
    if (r.ok) setCommand(r.value.command)
    else setError(r.message)
  }
  return (
    <div className="git-section">
      <h3>Copy</h3>
      <div className="row">
        <button className="btn" data-shortcut="copy" onClick={() => void copyToken()}>Copy token</button>
        {left !== null ? (
          <span className="git-countdown" role="status" aria-live="polite">
            {left > 0 ? `Copied. The clipboard clears in ${left} s.` : 'Clipboard cleared (unless you copied something else since).'}
          </span>
        ) : copied ? <span className="git-countdown" role="status">{copied}</span> : null}
      </div>
      <form className="field" onSubmit={(e) => (e.preventDefault(), void copyClone())}>
        <label htmlFor="git-clone-url">Repository URL for a ready git clone command</label>
        <div className="row">
          <input id="git-clone-url" className="input" value={repoUrl} onChange={(e) => setRepoUrl(e.target.value)} placeholder="https://host/owner/repo.git" />
          <button className="btn" type="submit" disabled={!repoUrl.trim()}>Copy git clone command</button>
        </div>
        <span className="hint">The command has no token in it: git asks PAT Keeper when it runs.</span>
      </form>
      {command ? <p role="status">Copied <code>{command}</code></p> : null}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </div>
  )
}

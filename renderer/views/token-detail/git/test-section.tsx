import { useState } from 'react'
import type { RemoteTestResult } from '../../../../shared/domain/git'
import { invoke } from '../../../lib/ipc'
import { MessageText } from '../../../components/message-text'

/** "Test": runs `git ls-remote` on a URL the user gives, as their git would, and shows the exact outcome. */
export const TestSection = ({ placeholder }: { placeholder: string }) => {
  const [url, setUrl] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<RemoteTestResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const test = async () => {
    setBusy(true)
    setError(null)
    setResult(null)
    const r = await invoke('git:test', url.trim())
    setBusy(false)
    if (r.ok) setResult(r.value)
    else setError(r.message)
  }
  return (
    <form className="git-section" onSubmit={(e) => (e.preventDefault(), void test())}>
      <h3>Test with git</h3>
      <div className="field">
        <label htmlFor="git-test-url">Repository URL</label>
        <div className="row">
          <input id="git-test-url" className="input" value={url} onChange={(e) => setUrl(e.target.value)} placeholder={placeholder} />
          <button className="btn" type="submit" disabled={busy || !url.trim()} aria-busy={busy}>{busy ? 'Testing\u2026' : 'Test'}</button>
        </div>
      </div>
      {result ? (
        <div className={`notice ${result.ok ? 'notice-ok' : 'notice-danger'}`} role="status">
          <strong>{result.ok ? 'It works.' : 'git failed.'}</strong> <MessageText text={result.message} />
          {result.detail ? <pre className="git-detail">{result.detail}</pre> : null}
        </div>
      ) : null}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </form>
  )
}

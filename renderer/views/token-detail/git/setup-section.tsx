import { useCallback, useEffect, useState } from 'react'
import type { GitChangeView, GitSetupPreview } from '../../../../shared/domain/git'
import type { TokenView } from '../../../../shared/domain/token'
import { useFocusWhen } from '../../../hooks/use-focus-when'
import { invoke } from '../../../lib/ipc'

/** "Use with git": choose where, preview the exact git config change, apply it, undo it. */
export const SetupSection = ({ token, onChanged }: { token: TokenView; onChanged(): void }) => {
  const [scope, setScope] = useState<'global' | 'repo'>('global')
  const [repoPath, setRepoPath] = useState('')
  const [pathPrefix, setPathPrefix] = useState('')
  const [preview, setPreview] = useState<GitSetupPreview | null>(null)
  const [changes, setChanges] = useState<GitChangeView[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const previewRef = useFocusWhen<HTMLDivElement>(preview)
  const doneRef = useFocusWhen<HTMLDivElement>(done)
  const errorRef = useFocusWhen<HTMLDivElement>(error)

  const loadChanges = useCallback(async () => {
    const result = await invoke('git:changes', token.id)
    if (result.ok) setChanges(result.value)
  }, [token.id])
  useEffect(() => void loadChanges(), [loadChanges, token.updatedAt])

  const request = () => ({ tokenId: token.id, scope, ...(scope === 'repo' ? { repoPath } : {}), ...(pathPrefix.trim() ? { pathPrefix: pathPrefix.trim() } : {}) })
  const run = async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>, then: (value: T) => void) => {
    setBusy(true)
    setError(null)
    setDone(null)
    const result = await work()
    setBusy(false)
    if (result.ok) then(result.value)
    else setError(result.message)
  }
  const showPreview = () => run(() => invoke('git:preview', request()), setPreview)
  const apply = () =>
    run(() => invoke('git:apply', request()), (value) => {
      setPreview(null)
      setDone(value.change ? 'git now asks PAT Keeper for this token. Use Test below to try it.' : 'git was already set up this way; nothing changed.')
      void loadChanges()
      onChanged()
    })
  const undo = () =>
    run(() => invoke('git:undo', token.id), (value) => {
      setDone(['git config restored exactly as it was before.', ...value.notes].join(' '))
      void loadChanges()
      onChanged()
    })

  return (
    <div className="git-section">
      <h3>Use with git</h3>
      <fieldset className="git-scope" disabled={busy}>
        <legend className="muted">Where should git use this token?</legend>
        <label><input type="radio" name="git-scope" checked={scope === 'global'} onChange={() => setScope('global')} /> All repositories (global git config)</label>
        <label><input type="radio" name="git-scope" checked={scope === 'repo'} onChange={() => setScope('repo')} /> One repository only</label>
      </fieldset>
      {scope === 'repo' ? (
        <div className="field">
          <label htmlFor="git-repo-path">Repository folder</label>
          <input id="git-repo-path" className="input" value={repoPath} onChange={(e) => setRepoPath(e.target.value)} placeholder="/home/me/src/project" />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="git-path-prefix">Only repositories under this path (optional)</label>
        <input id="git-path-prefix" className="input" value={pathPrefix} onChange={(e) => setPathPrefix(e.target.value)} placeholder="work-org" />
        <span className="hint">For a second account on the same host: e.g. your work organisation. The most specific path wins.</span>
      </div>
      <div className="row">
        <button className="btn" onClick={() => void showPreview()} disabled={busy || (scope === 'repo' && !repoPath.trim())}>Preview change</button>
        {changes.length ? <button className="btn btn-ghost" onClick={() => void undo()} disabled={busy}>Undo git setup</button> : null}
      </div>
      {preview ? (
        <div ref={previewRef} tabIndex={-1} className="git-preview" role="region" aria-label="Planned git config change">
          {preview.alreadyConfigured ? (
            <p>git is already set up for <code>{preview.url}</code>{preview.scope === 'repo' ? ' in this repository' : ''}; git config needs no change (Apply only links this token to it if it is not yet).</p>
          ) : (
            <>
              <p>These commands will run{preview.scope === 'repo' ? ` in ${preview.repoPath}` : ''} (git sends user name <code>{preview.username}</code>):</p>
              <pre className="git-commands">{preview.commands.join('\n')}</pre>
              <p className="muted git-helper-line">git will run the helper as: <code>{preview.helper}</code></p>
            </>
          )}
          {preview.conflicts.map((c) => (
            <div key={`${c.origin}-${c.helper}`} className={`notice ${c.effect === 'after' ? 'notice-warn' : 'notice-info'}`}>
              <strong>{c.helper}</strong> <span className="muted">({c.scope}: {c.origin})</span> {c.explanation}
            </div>
          ))}
          <div className="row">
            <button className="btn btn-primary" onClick={() => void apply()} disabled={busy}>Apply</button>
            <button className="btn btn-ghost" onClick={() => setPreview(null)} disabled={busy}>Cancel</button>
          </div>
        </div>
      ) : null}
      {changes.length ? (
        <p className="muted git-changes-title" id="git-changes-title">git uses this token for:</p>
      ) : null}
      {changes.length ? (
        <ul className="git-changes" aria-labelledby="git-changes-title">
          {changes.map((c) => (
            <li key={c.id}><code>{c.url}</code> <span className="muted">{c.scope === 'global' ? 'global config' : c.repoPath} · {c.appliedAt.slice(0, 10)}</span></li>
          ))}
        </ul>
      ) : null}
      {error ? <div ref={errorRef} tabIndex={-1} className="notice notice-danger" role="alert">{error}</div> : null}
      {done ? <div ref={doneRef} tabIndex={-1} className="notice notice-ok" role="status">{done}</div> : null}
    </div>
  )
}

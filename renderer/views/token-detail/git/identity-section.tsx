import { useCallback, useEffect, useState } from 'react'
import type { IdentityCheck } from '../../../../shared/domain/git'
import type { TokenView } from '../../../../shared/domain/token'
import { invoke } from '../../../lib/ipc'
import { MessageText } from '../../../components/message-text'

/**
 * Commit identity: warns when git's user.email (global, or a chosen repository's) is not one of the
 * account's emails, with a one-click fix that sets it where the check looked.
 */
export const IdentitySection = ({ token }: { token: TokenView }) => {
  const [check, setCheck] = useState<IdentityCheck | null>(null)
  const [repo, setRepo] = useState('')
  const [checkedRepo, setCheckedRepo] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [fixed, setFixed] = useState<string | null>(null)
  const load = useCallback(
    async (repoPath?: string) => {
      setError(null)
      setFixed(null)
      const r = await invoke('git:identity', token.id, repoPath)
      if (!r.ok) return setError(r.message)
      setCheck(r.value)
      setCheckedRepo(repoPath)
    },
    [token.id],
  )
  useEffect(() => void load(), [load, token.updatedAt])
  const fix = async (email: string) => {
    const r = await invoke('git:fix-identity', token.id, email, checkedRepo)
    if (!r.ok) return setError(r.message)
    setCheck(r.value)
    setFixed(checkedRepo ? `user.email set in ${checkedRepo}.` : 'user.email set in your global git config.')
  }
  const warn = check?.state === 'mismatch' || check?.state === 'unset'
  return (
    <div className="git-section">
      <h3>Commit identity</h3>
      {check ? (
        <div className={`notice ${warn ? 'notice-warn' : check.state === 'ok' ? 'notice-ok' : 'notice-info'}`} role={warn ? 'alert' : 'status'}>
          <MessageText text={check.message} />
          {warn && check.suggestion ? (
            <div className="row git-fix">
              <button className="btn btn-small btn-primary" onClick={() => void fix(check.suggestion!)}>Use {check.suggestion} for commits</button>
              <span className="muted">sets git config {checkedRepo ? '--local' : '--global'} user.email</span>
            </div>
          ) : null}
        </div>
      ) : null}
      <form className="field" onSubmit={(e) => (e.preventDefault(), void load(repo.trim() || undefined))}>
        <label htmlFor="git-identity-repo">Check a repository too (its own user.email wins there)</label>
        <div className="row">
          <input id="git-identity-repo" className="input" value={repo} onChange={(e) => setRepo(e.target.value)} placeholder="/home/me/src/project" />
          <button className="btn" type="submit">Check identity</button>
        </div>
      </form>
      {fixed ? <p className="muted" role="status">{fixed}</p> : null}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </div>
  )
}

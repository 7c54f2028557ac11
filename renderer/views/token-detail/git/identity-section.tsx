import { useCallback, useEffect, useState } from 'react'
import type { IdentityCheck } from '../../../../shared/domain/git'
import type { TokenView } from '../../../../shared/domain/token'
import { invoke } from '../../../lib/ipc'

/** Commit identity: warns when git's user.email is not one of the account's emails, with a one-click fix. */
export const IdentitySection = ({ token }: { token: TokenView }) => {
  const [check, setCheck] = useState<IdentityCheck | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [fixed, setFixed] = useState(false)
  const load = useCallback(async () => {
    const r = await invoke('git:identity', token.id, undefined)
    if (r.ok) setCheck(r.value)
    else setError(r.message)
  }, [token.id])
  useEffect(() => void load(), [load, token.updatedAt])
  const fix = async (email: string) => {
    const r = await invoke('git:fix-identity', token.id, email, undefined)
    if (!r.ok) return setError(r.message)
    setCheck(r.value)
    setFixed(true)
  }
  if (!check) return error ? <div className="notice notice-danger" role="alert">{error}</div> : null
  const warn = check.state === 'mismatch' || check.state === 'unset'
  return (
    <div className="git-section">
      <h3>Commit identity</h3>
      <div className={`notice ${warn ? 'notice-warn' : check.state === 'ok' ? 'notice-ok' : 'notice-info'}`} role={warn ? 'alert' : 'status'}>
        {check.message}
        {warn && check.suggestion ? (
          <div className="row git-fix">
            <button className="btn btn-small btn-primary" onClick={() => void fix(check.suggestion!)}>Use {check.suggestion} for commits</button>
            <span className="muted">sets git config --global user.email</span>
          </div>
        ) : null}
      </div>
      {fixed ? <p className="muted" role="status">user.email updated in your global git config.</p> : null}
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </div>
  )
}

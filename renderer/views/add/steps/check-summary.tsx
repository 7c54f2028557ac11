import { REFUSED_STATUSES, type CheckResult } from '../../../../shared/domain/token'
import { StatusBadge } from '../../../components/status-badge'
import { MessageText } from '../../../components/message-text'

const CANNOT_CHECK = new Set(['unreachable', 'rate-limited', 'host-error'])

/** What the host said about the draft, in words: valid, broken, or "could not check, you can still save". */
export const CheckSummary = ({ check, hostName, checking, failure }: { check?: CheckResult; hostName: string; checking: boolean; failure?: string }) => {
  if (checking) return <p className="notice notice-info" role="status">Checking the token with {hostName}…</p>
  if (failure) return <p className="notice notice-warn" role="status">PAT Keeper could not check this token ({failure}). You can still save it; it will be checked again later.</p>
  if (!check) return null
  const who = check.identity?.login ?? check.identity?.email ?? check.identity?.name
  const tone = check.status === 'valid' ? 'notice-ok' : REFUSED_STATUSES.has(check.status) ? 'notice-danger' : 'notice-warn'
  return (
    <div className={`notice ${tone} check-summary`} role="status" data-check-status={check.status}>
      <div className="row wrap">
        <StatusBadge status={check.status} />
        {who ? <span>Signed in as <strong>{who}</strong></span> : null}
      </div>
      <p><MessageText text={check.message} /></p>
      {check.note ? <p className="muted check-note">Host limit: {check.note}</p> : null}
      {CANNOT_CHECK.has(check.status) ? <p>PAT Keeper could not check this token now. You can still save it; it will be checked again later.</p> : null}
      {check.missingScopes?.length ? <p>Missing: {check.missingScopes.map((s) => <code key={s}>{s} </code>)}</p> : null}
    </div>
  )
}

import type { CheckResult, TokenView } from '../../../../shared/domain/token'
import { formatDate } from '../../tokens/token-format'

const expiryText = (token: TokenView, check: CheckResult): string => {
  if (check.expiresAt === null) return 'Never (the host says this token does not expire)'
  if (check.expiresAt) return `${formatDate(check.expiresAt)}, reported by the host`
  if (token.expiresAt) return `${formatDate(token.expiresAt)}, ${token.expirySource === 'host' ? 'as the host reported earlier' : 'entered by you (the host does not tell)'}`
  return 'Not known: the host does not tell; enter the date you chose when creating the token'
}

/** What the last check learned: account, scopes as the host reports them, expiry and where it came from. */
export const CheckFacts = ({ token, check }: { token: TokenView; check: CheckResult }) => {
  const who = check.identity
  return (
    <dl className="check-panel-facts">
      <dt>Account</dt>
      <dd>{who?.login ?? who?.name ?? <span className="muted">Not reported</span>}{who?.login && who.name ? <span className="muted"> ({who.name})</span> : null}</dd>
      {who?.email ? (
        <>
          <dt>Email</dt>
          <dd>{who.email}</dd>
        </>
      ) : null}
      <dt>Scopes</dt>
      <dd>
        {check.scopes ? (
          check.scopes.length ? (
            <ul className="check-panel-scopes" aria-label="Scopes reported by the host">
              {check.scopes.map((s) => <li key={s} className="check-panel-scope">{s}</li>)}
            </ul>
          ) : (
            <span className="muted">None</span>
          )
        ) : (
          <span className="muted">The host does not report them for this kind of token</span>
        )}
      </dd>
      <dt>Expires</dt>
      <dd>{expiryText(token, check)}</dd>
      {check.tokenType ? (
        <>
          <dt>Type</dt>
          <dd>{check.tokenType}</dd>
        </>
      ) : null}
    </dl>
  )
}

import type { ReactNode } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { StatusBadge } from '../../components/status-badge'
import { expiryPhrase, formatDate, hostName } from '../tokens/token-format'
import { MessageText } from '../../components/message-text'

const PURPOSE_TEXT: Record<string, string> = {
  read: 'Read (clone and pull)',
  write: 'Write (push)',
  'write-workflows': 'Write, including CI workflow files',
  integration: 'Integration (API access for a tool)',
}

/** Every stored fact about a token, as a definition list. */
export const FactsCard = ({ token, now }: { token: TokenView; now: Date }) => {
  const expiry = expiryPhrase(token.expiresAt, now)
  const facts: [string, ReactNode][] = [
    ['Host', <>{hostName(token.host)} <span className="muted">{token.url}</span></>],
  ]
  if (token.org) facts.push(['Organization', token.org])
  if (token.collection) facts.push(['Collection', token.collection])
  if (token.region) facts.push(['Region', token.region])
  facts.push(['Account', token.username ?? <span className="muted">Not set</span>])
  if (token.email) facts.push(['Email', token.email])
  facts.push(['Purpose', token.purpose ? PURPOSE_TEXT[token.purpose] : <span className="muted">Not set</span>])
  facts.push(['Scopes', token.scopes.length ? <div className="vault-chips">{token.scopes.map((s) => <span key={s} className="vault-chip">{s}</span>)}</div> : <span className="muted">Not known yet (a check asks the host)</span>])
  if (token.tokenType) facts.push(['Type', token.tokenType])
  facts.push([
    'Expires',
    token.expiresAt ? (
      <>
        {formatDate(token.expiresAt)} <span className={`vault-expiry-${expiry.tone}`}>({expiry.text})</span>{' '}
        <span className="muted">{token.expirySource === 'host' ? 'reported by the host' : 'entered by you'}</span>
      </>
    ) : (
      <span className="muted">No expiry known</span>
    ),
  ])
  facts.push([
    'Last check',
    token.lastCheck ? (
      <>
        <StatusBadge status={token.status} /> <span className="muted">{formatDate(token.lastCheck.checkedAt)}</span>
        <div className="vault-sub"><MessageText text={token.lastCheck.message} /></div>
      </>
    ) : (
      <StatusBadge status="unchecked" />
    ),
  ])
  facts.push(['Added', formatDate(token.createdAt)])
  if (token.rotatedAt) facts.push(['Last renewed', `${formatDate(token.rotatedAt)} (${token.rotations.length} time${token.rotations.length === 1 ? '' : 's'})`])
  facts.push(['Stored in', 'Your system keychain (PAT Keeper never shows the secret again)'])
  return (
    <section className="card" aria-labelledby="facts-title">
      <div className="vault-card-head"><h2 id="facts-title">Details</h2></div>
      <dl className="vault-facts">
        {facts.map(([label, value]) => (
          // A plain <div> around each dt/dd pair is allowed in a <dl> (HTML spec); a role on it is not (axe dlitem).
          <div key={label} className="vault-fact-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

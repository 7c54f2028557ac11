import { expiryPhrase, formatDate } from './token-format'

/** Expiry date with a coloured "N days left" underneath. */
export const ExpiryCell = ({ expiresAt, now }: { expiresAt: string | null; now: Date }) => {
  const phrase = expiryPhrase(expiresAt, now)
  if (!expiresAt) return <span className="muted">No expiry</span>
  return (
    <div>
      <div>{formatDate(expiresAt)}</div>
      <div className={`vault-sub vault-expiry-${phrase.tone}`}>{phrase.text}</div>
    </div>
  )
}

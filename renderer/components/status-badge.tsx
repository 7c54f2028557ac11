import type { TokenStatus } from '../../shared/domain/token'

const LOOK: Record<TokenStatus, { label: string; tone: string }> = {
  unchecked: { label: 'Not checked', tone: '' },
  valid: { label: 'Valid', tone: 'badge-ok' },
  invalid: { label: 'Invalid', tone: 'badge-danger' },
  expired: { label: 'Expired', tone: 'badge-danger' },
  revoked: { label: 'Revoked', tone: 'badge-danger' },
  'missing-scopes': { label: 'Missing scopes', tone: 'badge-warn' },
  'pending-approval': { label: 'Pending approval', tone: 'badge-warn' },
  unreachable: { label: 'Host unreachable', tone: 'badge-warn' },
  'rate-limited': { label: 'Rate limited', tone: 'badge-warn' },
  'host-error': { label: 'Host error', tone: 'badge-warn' },
}

/** A token's status as a coloured pill. */
export const StatusBadge = ({ status }: { status: TokenStatus }) => {
  const look = LOOK[status]
  return <span className={`badge ${look.tone}`} data-status={status}>{look.label}</span>
}

import type { RiskFlag } from '../../../shared/domain/health'

const TONE: Record<RiskFlag['severity'], string> = { high: 'badge-danger', medium: 'badge-warn', low: '' }

/** No flags: one shared empty list, so memoised rows keep equal props. */
export const NO_FLAGS: readonly RiskFlag[] = []

/** A token's risk flags as small pills (titles only; the Health screen says why and what to do). */
export const RiskBadges = ({ flags, limit = 3 }: { flags: readonly RiskFlag[]; limit?: number }) => {
  if (flags.length === 0) return null
  const shown = flags.slice(0, limit)
  return (
    <span className="risk-badges" aria-label={`Risks: ${flags.map((f) => f.title).join(', ')}`}>
      {shown.map((f) => (
        <span key={f.code} className={`badge ${TONE[f.severity]}`} data-risk={f.code} title={f.why}>{f.title}</span>
      ))}
      {flags.length > limit ? <span className="badge">+{flags.length - limit}</span> : null}
    </span>
  )
}

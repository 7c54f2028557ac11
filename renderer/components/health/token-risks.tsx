import type { HealthReport, RiskFlag } from '../../../shared/domain/health'
import { RiskBadges } from './risk-badges'

/** The flags of one token in a health report (none when the report is not loaded yet). */
export const flagsOf = (report: HealthReport | null, tokenId: string): RiskFlag[] => report?.tokens.find((t) => t.tokenId === tokenId)?.flags ?? []

/** A token's risk pills for the list and the detail header. */
export const TokenRisks = ({ report, tokenId, limit }: { report: HealthReport | null; tokenId: string; limit?: number }) => (
  <RiskBadges flags={flagsOf(report, tokenId)} {...(limit ? { limit } : {})} />
)

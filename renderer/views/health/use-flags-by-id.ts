import { useMemo, useRef } from 'react'
import type { HealthReport, RiskFlag } from '../../../shared/domain/health'

const sameFlags = (a: readonly RiskFlag[], b: readonly RiskFlag[]) => a.length === b.length && JSON.stringify(a) === JSON.stringify(b)

const keepAll = () => true

/**
 * Risk flags per token id from the health report. A token whose flags did not change keeps the same array
 * across reloads (the report reloads after every batch of Check all results), so its memoised row is skipped.
 * `keep` leaves out flags the caller shows otherwise. Pass a module-level or stable function.
 */
export const useFlagsById = (report: HealthReport | null, keep: (flag: RiskFlag) => boolean = keepAll): ReadonlyMap<string, readonly RiskFlag[]> => {
  const previous = useRef(new Map<string, readonly RiskFlag[]>())
  return useMemo(() => {
    const next = new Map<string, readonly RiskFlag[]>()
    for (const { tokenId, flags: all } of report?.tokens ?? []) {
      const flags = all.filter(keep)
      const before = previous.current.get(tokenId)
      next.set(tokenId, before && sameFlags(before, flags) ? before : flags)
    }
    previous.current = next
    return next
  }, [report, keep])
}

import { useCallback, useMemo, useState } from 'react'
import type { TokenView } from '../../../../shared/domain/token'

/**
 * The list's checked rows. Bulk actions act on the checked tokens the list shows (search and filters
 * applied), so a token hidden by a filter is never removed or exported by surprise.
 */
export const useSelection = (shown: readonly TokenView[]) => {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set())
  const toggle = useCallback((id: string) => setIds((s) => {
    const next = new Set(s)
    if (!next.delete(id)) next.add(id)
    return next
  }), [])
  const chosen = useMemo(() => shown.filter((t) => ids.has(t.id)), [shown, ids])
  const allChosen = shown.length > 0 && chosen.length === shown.length
  const toggleAll = useCallback(() => setIds(allChosen ? new Set() : new Set(shown.map((t) => t.id))), [allChosen, shown])
  const clear = useCallback(() => setIds(new Set()), [])
  return { ids, chosen, allChosen, toggle, toggleAll, clear }
}

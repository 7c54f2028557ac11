import { useEffect, useState } from 'react'
import type { RiskFlag } from '../../../shared/domain/health'
import { CHANGE_GATHER_MS, invoke, on } from '../../lib/ipc'

const sameFlags = (a: readonly RiskFlag[], b: readonly RiskFlag[]) => a.length === b.length && JSON.stringify(a) === JSON.stringify(b)

const keepAll = () => true

/** Merges fresh flags into the map; a token whose flags did not change keeps its array, so its memoised row is skipped. */
const merge = (map: ReadonlyMap<string, readonly RiskFlag[]>, asked: readonly string[] | null, fresh: { tokenId: string; flags: RiskFlag[] }[], keep: (f: RiskFlag) => boolean) => {
  const next = new Map(asked ? map : [])
  for (const id of asked ?? []) next.delete(id) // asked for and not answered: the token is gone
  for (const { tokenId, flags: all } of fresh) {
    const flags = all.filter(keep)
    const before = map.get(tokenId)
    next.set(tokenId, before && sameFlags(before, flags) ? before : flags)
  }
  return next
}

/**
 * Risk flags per token id (the light report: no keychain reads), kept current in place: `tokens:changed`
 * events are gathered and only those tokens are asked again (Check all on 1,000 tokens used to fetch the
 * whole 700 KB report after every batch); an event without ids reloads everything. With `only`, just that
 * token. `keep` leaves out flags the caller shows otherwise; pass a module-level function.
 */
export const useLiveFlags = (keep: (flag: RiskFlag) => boolean = keepAll, only?: string): ReadonlyMap<string, readonly RiskFlag[]> => {
  const [flags, setFlags] = useState<ReadonlyMap<string, readonly RiskFlag[]>>(() => new Map())
  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    // What is still to load: everything, or these ids. Loads run one at a time, in order, so an older answer never lands last.
    let wanted: { all: boolean; ids: Set<string> } = { all: true, ids: new Set() }
    let running = false
    // Some flags count days ("400 days old"): on a new calendar day the next load asks for everything again.
    let loadedOn = ''
    const run = async () => {
      if (running) return
      running = true
      while (live && (wanted.all || wanted.ids.size)) {
        const today = new Date().toDateString()
        const asked = wanted.all || today !== loadedOn ? (only ? [only] : null) : [...wanted.ids]
        wanted = { all: false, ids: new Set() }
        const result = await invoke('health:report', asked ? { ids: asked } : {})
        if (!live || !result.ok) continue
        if (!asked) loadedOn = today
        setFlags((map) => merge(map, asked, result.value.tokens, keep))
      }
      running = false
    }
    const changed = ({ ids }: { ids: string[] }) => {
      const relevant = only ? ids.filter((id) => id === only) : ids
      if (ids.length === 0) wanted.all = true
      else if (relevant.length) relevant.forEach((id) => wanted.ids.add(id))
      else return
      timer ??= setTimeout(() => ((timer = undefined), void run()), CHANGE_GATHER_MS)
    }
    void run()
    const off = on('tokens:changed', changed)
    return () => {
      live = false
      off()
      clearTimeout(timer)
    }
  }, [keep, only])
  return flags
}

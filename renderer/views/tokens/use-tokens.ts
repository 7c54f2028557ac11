import { useCallback, useEffect, useRef, useState } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { CHANGE_GATHER_MS, invoke, on } from '../../lib/ipc'

/** Replaces, adds or drops the given tokens, keeping every other row's object so its memoised row is skipped. */
const patch = (list: TokenView[], fresh: Map<string, TokenView | null>): TokenView[] => {
  const next = list.filter((t) => fresh.get(t.id) !== null).map((t) => fresh.get(t.id) ?? t)
  for (const [id, t] of fresh) if (t && !list.some((x) => x.id === id)) next.push(t)
  return next
}

/**
 * A fresh full list with each unchanged token's old object (same JSON), and the old list itself when nothing
 * changed: the reload after Check all then re-renders only rows that changed, and sorts nothing again.
 */
const keepUnchanged = (old: TokenView[] | null, fresh: TokenView[]): TokenView[] => {
  if (!old) return fresh
  const byId = new Map(old.map((t) => [t.id, t]))
  let same = old.length === fresh.length
  const next = fresh.map((t, i) => {
    const before = byId.get(t.id)
    const kept = before && JSON.stringify(before) === JSON.stringify(t) ? before : t
    same &&= kept === old[i]
    return kept
  })
  return same ? old : next
}

/**
 * The token list from main, kept up to date in place: per-token events (`tokens:changed`, `tokens:checked`)
 * are gathered for a moment and only those tokens are read again, so Check all on 1,000 tokens does not
 * reload and re-render the whole list once per token.
 */
export const useTokens = () => {
  const [tokens, setTokens] = useState<TokenView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const pending = useRef(new Set<string>())
  const reload = useCallback(async () => {
    const result = await invoke('tokens:list')
    if (result.ok) {
      setTokens((old) => keepUnchanged(old, result.value))
      setError(null)
    } else setError(result.message)
  }, [])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = async () => {
      timer = undefined
      const ids = [...pending.current]
      pending.current.clear()
      // One read for the whole batch (a tokens:get per id re-read the file each time); a token missing was removed.
      const result = await invoke('tokens:get-many', ids)
      if (!result.ok) return setError(result.message)
      const byId = new Map(result.value.map((t) => [t.id, t]))
      const fresh = new Map(ids.map((id) => [id, byId.get(id) ?? null]))
      setTokens((list) => (list ? patch(list, fresh) : list))
    }
    const gather = ({ ids }: { ids: string[] }) => {
      ids.forEach((id) => pending.current.add(id))
      timer ??= setTimeout(() => void flush(), CHANGE_GATHER_MS)
    }
    void reload()
    const offs = [on('tokens:changed', gather), on('tokens:checked', gather)]
    return () => {
      offs.forEach((off) => off())
      clearTimeout(timer)
    }
  }, [reload])
  return { tokens, error, reload }
}

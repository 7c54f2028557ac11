import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { invoke } from '../lib/ipc'

/** How long Undo is offered before the token is really removed. */
export const UNDO_MS = 8000

/** A removal the user asked for that has not happened yet: one token, or the list's selection. */
export interface PendingRemoval {
  ids: string[]
  /** What the notice names: the token's label in quotes, or "3 tokens". */
  label: string
  error?: string
}

/** How the notice names what is removed. */
export const removalLabel = (tokens: readonly { label: string }[]): string =>
  tokens.length === 1 ? `\u201c${tokens[0]!.label}\u201d` : `${tokens.length} tokens`

interface RemovalApi {
  pending: PendingRemoval | null
  /** Hides the tokens now and removes them after UNDO_MS unless undone. */
  schedule(tokens: readonly { id: string; label: string }[]): void
  undo(): void
}

const RemovalContext = createContext<RemovalApi>({ pending: null, schedule: () => undefined, undo: () => undefined })

/**
 * Remove with Undo: the token disappears from the list at once, and the keychain item and record are
 * deleted only when the Undo time runs out (or another removal starts). If the app closes first, the token
 * is simply still there: a removal can be undone, never a loss.
 */
export const PendingRemovalProvider = ({ children }: { children: ReactNode }) => {
  const [pending, setPendingState] = useState<PendingRemoval | null>(null)
  const current = useRef<PendingRemoval | null>(null)
  const setPending = useCallback((next: PendingRemoval | null) => {
    current.current = next
    setPendingState(next)
  }, [])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const commit = useCallback(async (removal: PendingRemoval) => {
    clearTimeout(timer.current)
    // One at a time: a keychain that refuses one item still gets asked for the others; what failed stays listed.
    const failed: string[] = []
    let message: string | undefined
    for (const id of removal.ids) {
      const result = await invoke('tokens:remove', id)
      if (!result.ok) {
        failed.push(id)
        message ??= result.message
      }
    }
    if (current.current === removal) setPending(failed.length ? { ...removal, ids: failed, error: message } : null)
  }, [setPending])
  const schedule = useCallback(
    (tokens: readonly { id: string; label: string }[]) => {
      const previous = current.current
      clearTimeout(timer.current)
      if (previous && !previous.error) void commit(previous)
      const next: PendingRemoval = { ids: tokens.map((t) => t.id), label: removalLabel(tokens) }
      setPending(next)
      timer.current = setTimeout(() => void commit(next), UNDO_MS)
    },
    [commit, setPending],
  )
  const undo = useCallback(() => {
    clearTimeout(timer.current)
    setPending(null)
  }, [setPending])
  useEffect(() => () => clearTimeout(timer.current), [])
  const api = useMemo(() => ({ pending, schedule, undo }), [pending, schedule, undo])
  return <RemovalContext.Provider value={api}>{children}</RemovalContext.Provider>
}

/** The pending removal and the ways to start or undo one. */
export const usePendingRemoval = (): RemovalApi => useContext(RemovalContext)

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { invoke } from '../lib/ipc'

/** How long Undo is offered before the token is really removed. */
export const UNDO_MS = 8000

/** A removal the user asked for that has not happened yet. */
export interface PendingRemoval {
  id: string
  label: string
  error?: string
}

interface RemovalApi {
  pending: PendingRemoval | null
  /** Hides the token now and removes it after UNDO_MS unless undone. */
  schedule(token: { id: string; label: string }): void
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
    const result = await invoke('tokens:remove', removal.id)
    if (current.current?.id === removal.id) setPending(result.ok ? null : { ...removal, error: result.message })
  }, [setPending])
  const schedule = useCallback(
    (token: { id: string; label: string }) => {
      const previous = current.current
      clearTimeout(timer.current)
      if (previous && !previous.error) void commit(previous)
      setPending({ id: token.id, label: token.label })
      timer.current = setTimeout(() => void commit({ id: token.id, label: token.label }), UNDO_MS)
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

import { useCallback, useEffect, useRef, useState } from 'react'
import type { EventChannel } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import { on } from '../lib/ipc'

/**
 * A value loaded from main, reloaded whenever one of `events` arrives. Pass a module-level `load` and
 * `events` (stable identities), so the subscription is made once. Events that arrive while a load is
 * running are folded into one more load after it (Check all sends one event per token: 1,000 events must
 * not mean 1,000 reloads); a caller awaiting `reload()` still gets a load that began after its call.
 */
export const useMainValue = <T>(load: () => Promise<IpcResult<T>>, events: readonly EventChannel[]) => {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const running = useRef<{ promise: Promise<void>; again: boolean } | null>(null)
  const reload = useCallback((): Promise<void> => {
    if (running.current) {
      running.current.again = true
      return running.current.promise
    }
    const run = { again: false, promise: Promise.resolve() }
    run.promise = (async () => {
      try {
        do {
          run.again = false
          const result = await load()
          if (result.ok) {
            setValue(result.value)
            setError(null)
          } else setError(result.message)
        } while (run.again)
      } finally {
        running.current = null
      }
    })()
    running.current = run
    return run.promise
  }, [load])
  useEffect(() => {
    void reload()
    const offs = events.map((event) => on(event, () => void reload()))
    return () => offs.forEach((off) => off())
  }, [reload, events])
  return { value, error, reload }
}

import { useCallback, useEffect, useState } from 'react'
import type { EventChannel } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import { on } from '../lib/ipc'

/**
 * A value loaded from main, reloaded whenever one of `events` arrives. Pass a module-level `load` and
 * `events` (stable identities), so the subscription is made once.
 */
export const useMainValue = <T>(load: () => Promise<IpcResult<T>>, events: readonly EventChannel[]) => {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    const result = await load()
    if (result.ok) {
      setValue(result.value)
      setError(null)
    } else setError(result.message)
  }, [load])
  useEffect(() => {
    void reload()
    const offs = events.map((event) => on(event, () => void reload()))
    return () => offs.forEach((off) => off())
  }, [reload, events])
  return { value, error, reload }
}

import { useCallback, useEffect, useState } from 'react'
import type { ExpiryOverview } from '../../../shared/domain/expiry'
import { invoke, on } from '../../lib/ipc'

/** The expiry overview from main, reloaded when tokens change, are checked, or the scheduler ran. */
export const useExpiry = () => {
  const [overview, setOverview] = useState<ExpiryOverview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    const result = await invoke('expiry:overview')
    if (result.ok) {
      setOverview(result.value)
      setError(null)
    } else setError(result.message)
  }, [])
  useEffect(() => {
    void reload()
    const offs = [on('tokens:changed', () => void reload()), on('tokens:checked', () => void reload()), on('expiry:changed', () => void reload())]
    return () => offs.forEach((off) => off())
  }, [reload])
  return { overview, error, reload }
}

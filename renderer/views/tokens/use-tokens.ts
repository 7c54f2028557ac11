import { useCallback, useEffect, useState } from 'react'
import type { TokenView } from '../../../shared/domain/token'
import { invoke, on } from '../../lib/ipc'

/** The token list from main, reloaded whenever main says tokens changed or were checked. */
export const useTokens = () => {
  const [tokens, setTokens] = useState<TokenView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    const result = await invoke('tokens:list')
    if (result.ok) {
      setTokens(result.value)
      setError(null)
    } else setError(result.message)
  }, [])
  useEffect(() => {
    void reload()
    const offChanged = on('tokens:changed', () => void reload())
    const offChecked = on('tokens:checked', () => void reload())
    return () => {
      offChanged()
      offChecked()
    }
  }, [reload])
  return { tokens, error, reload }
}

import { useMainValue } from '../../hooks/use-main-value'
import { invoke } from '../../lib/ipc'

const load = () => invoke('tokens:list')
const EVENTS = ['tokens:changed', 'tokens:checked'] as const

/** The token list from main, reloaded whenever main says tokens changed or were checked. */
export const useTokens = () => {
  const { value: tokens, error, reload } = useMainValue(load, EVENTS)
  return { tokens, error, reload }
}

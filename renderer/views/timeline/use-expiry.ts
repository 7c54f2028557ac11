import { useMainValue } from '../../hooks/use-main-value'
import { invoke } from '../../lib/ipc'

const load = () => invoke('expiry:overview')
const EVENTS = ['tokens:changed', 'tokens:checked', 'expiry:changed'] as const

/** The expiry overview from main, reloaded when tokens change, are checked, or the scheduler ran. */
export const useExpiry = () => {
  const { value: overview, error, reload } = useMainValue(load, EVENTS)
  return { overview, error, reload }
}

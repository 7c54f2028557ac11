import type { EventChannel } from '../../../shared/ipc/contract'
import { useMainValue } from '../../hooks/use-main-value'
import { invoke } from '../../lib/ipc'

const loadLight = () => invoke('health:report', {})
const loadFull = () => invoke('health:report', { compareSecrets: true })
const EVENTS: readonly EventChannel[] = ['tokens:changed']

/**
 * Risk flags of every token, reloaded when tokens change. The list and detail load them without reading
 * the keychain; the Health screen (`full`) also compares secrets to find ones stored twice.
 */
export const useHealthReport = (full = false) => useMainValue(full ? loadFull : loadLight, EVENTS)

import type { EventChannel } from '../../../shared/ipc/contract'
import { useMainValue } from '../../hooks/use-main-value'
import { invoke } from '../../lib/ipc'

const load = () => invoke('health:report')
const EVENTS: readonly EventChannel[] = ['tokens:changed']

/** Risk flags of every token, reloaded when tokens change (list, detail and the Health screen share it). */
export const useHealthReport = () => useMainValue(load, EVENTS)

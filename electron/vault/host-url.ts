import type { HostKind } from '../../shared/domain/hosts'
import { normalizeHostLocation, type LocationInput } from '../../shared/hosts/catalog'
import type { ResolvedLocation } from '../../shared/hosts/types'
import { AppError } from '../errors/app-error'

/**
 * The one host-location rule (shared/hosts/location.ts, also used by the wizard, IPC and CLI) for main-process
 * callers: a checked location, or an `invalid-input` error carrying the rule's own message.
 */
export const resolveHostLocation = (kind: HostKind, input: LocationInput): ResolvedLocation => {
  const result = normalizeHostLocation(kind, input)
  if (!result.ok) throw new AppError('invalid-input', result.message)
  return result.value
}

import { hostSpec, normalizeHostLocation, tokenPageUrl } from '../../../shared/hosts/catalog'
import type { hostsChannels } from '../../../shared/ipc/channels/hosts'
import type { Services } from '../../app/services'
import { AppError } from '../../errors/app-error'
import { openExternalChecked } from '../../security/external-links'
import type { HandlersFor } from '../dispatch'

/** Handlers for the host catalog's channels. */
export const hostsHandlers = (services: Services): HandlersFor<typeof hostsChannels> => ({
  'hosts:open-token-page': async (request) => {
    const location = normalizeHostLocation(request.host, request)
    if (!location.ok) throw new AppError('invalid-input', location.message)
    const url = tokenPageUrl({ kind: request.host, location: location.value, purpose: request.purpose, tokenName: request.tokenName, tokenType: request.tokenType })
    if (new URL(url).protocol !== 'https:') {
      throw new AppError('not-allowed', 'PAT Keeper opens only https pages. Open the address shown in the guide yourself.')
    }
    // A custom host (Enterprise, self-managed, Data Center, Server) is allowed for this one URL only.
    if (!hostSpec(request.host).defaultUrl) services.links.allowExactUrl(url)
    await openExternalChecked(url, services.links, services.deps.openExternal)
    return { url }
  },
  'hosts:open-docs': async (kind) => {
    const url = hostSpec(kind).docsUrl
    await openExternalChecked(url, services.links, services.deps.openExternal)
    return { url }
  },
})

import type { appChannels } from '../../../shared/ipc/channels/app'
import type { Services } from '../../app/services'
import type { HandlersFor } from '../dispatch'
import { openExternalChecked } from '../../security/external-links'

/** Handlers for app-level channels. */
export const appHandlers = (services: Services): HandlersFor<typeof appChannels> => ({
  'app:info': async () => ({
    version: services.deps.appVersion,
    platform: process.platform,
    dataDir: services.deps.dataDir,
    keychainService: services.deps.keychainService,
  }),
  'app:open-external': async (url) => openExternalChecked(url, services.links, services.deps.openExternal),
  'app:pending-navigation': async () => services.navigation.take(),
})

import type { appChannels } from '../../../shared/ipc/channels/app'
import type { Services } from '../../app/services'
import type { HandlersFor } from '../dispatch'
import { openExternalChecked } from '../../security/external-links'
import { cliToolStatus, installCliTool, type PathInstallDeps } from '../../cli/path-install'
import { homedir } from 'node:os'

const pathDeps = (services: Services): PathInstallDeps => ({ dataDir: services.deps.dataDir, env: services.deps.env, platform: services.deps.platform ?? process.platform, homedir: services.deps.env.HOME || homedir() })

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
  'app:cli-tool': async () => cliToolStatus(pathDeps(services)),
  'app:install-cli': async () => installCliTool(pathDeps(services)),
})

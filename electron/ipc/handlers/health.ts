import type { healthChannels } from '../../../shared/ipc/channels/health'
import type { Services } from '../../app/services'
import type { HandlersFor } from '../dispatch'

/** Handlers for token health (scan, fix, undo, risk flags); all logic lives in electron/health. */
export const healthHandlers = (services: Services): HandlersFor<typeof healthChannels> => ({
  'health:scan': (folders, options) => services.health.scan(folders, options),
  'health:fix': (key, choice) => services.health.fix(key, choice),
  'health:undo': (fixId) => services.health.undo(fixId),
  'health:fixes': async () => services.health.fixes(),
  'health:report': (options) => services.health.report(options),
  'health:revoke': (id, typedLabel) => services.health.revoke(id, typedLabel),
  'health:revoke-finding': (key, typedHost) => services.health.revokeFinding(key, typedHost),
})

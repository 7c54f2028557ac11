import type { expiryChannels } from '../../../shared/ipc/channels/expiry'
import type { Services } from '../../app/services'
import type { HandlersFor } from '../dispatch'

/** Handlers for the expiry watch and renewal channels; all logic lives in the services. */
export const expiryHandlers = (services: Services): HandlersFor<typeof expiryChannels> => ({
  'expiry:overview': () => services.expiry.overview(),
  'expiry:snooze': (id, hours) => services.expiry.snooze(id, hours),
  'expiry:export': (format) => services.expiry.export(format),
  'expiry:export-selected': (format, ids) => services.expiry.export(format, ids),
  'renewal:plan': (id) => services.renewal.plan(id),
  'renewal:open-page': (id) => services.renewal.openTokenPage(id),
  'renewal:submit': (id, secret, options) => services.renewal.submit(id, secret, options),
  'renewal:self-rotate': (id, options) => services.renewal.selfRotate(id, options),
  'renewal:retry-save': (id) => services.renewal.saveRescued(id),
  'renewal:tick': (id, noteId, done) => services.renewal.tick(id, noteId, done),
  'renewal:revoke-old': (id, typedLabel) => services.renewal.revokeOld(id, typedLabel),
  'renewal:forget-old': (id) => services.renewal.forgetOld(id),
})

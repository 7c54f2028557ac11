import type { validationChannels } from '../../../shared/ipc/channels/validation'
import type { Services } from '../../app/services'
import type { HandlersFor } from '../dispatch'

/** Handlers for the validation channels: check one, check all, check a wizard draft (stores nothing). */
export const validationHandlers = (services: Services): HandlersFor<typeof validationChannels> => ({
  'tokens:check': (id) => services.checker.checkToken(id),
  'tokens:check-all': () => services.checker.checkAll(),
  'tokens:check-draft': (draft) => services.checker.checkDraft(draft),
})

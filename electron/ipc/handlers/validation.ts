import type { validationChannels } from '../../../shared/ipc/channels/validation'
import type { Services } from '../../app/services'
import type { HandlersFor } from '../dispatch'
import { createCheckAllRun } from './check-all-run'

/** Handlers for the validation channels: check one, check all (with progress, cancellable), check a wizard draft (stores nothing). */
export const validationHandlers = (services: Services): HandlersFor<typeof validationChannels> => {
  const checkAll = createCheckAllRun(services)
  return {
    'tokens:check': (id) => services.checker.checkToken(id),
    'tokens:check-all': () => checkAll.run(),
    'tokens:check-selected': (ids) => checkAll.run(ids),
    'tokens:check-all-cancel': async () => checkAll.cancel(),
    'tokens:check-draft': (draft) => services.checker.checkDraft(draft),
  }
}

import type { tokensChannels } from '../../../shared/ipc/channels/tokens'
import type { Services } from '../../app/services'
import { AppError } from '../../errors/app-error'
import type { HandlersFor } from '../dispatch'

const notYet = async (): Promise<never> => {
  throw new AppError('internal', 'The vault is not wired yet.')
}

/** Handlers for the vault's channels (placeholder until the vault lands). */
export const tokensHandlers = (_services: Services): HandlersFor<typeof tokensChannels> => ({
  'tokens:list': async () => [],
  'tokens:add': notYet,
})

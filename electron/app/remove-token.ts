import { isAppError } from '../errors/app-error'
import type { Services } from './services'
import { GET_PATKEEPER } from '../../shared/cli/get-patkeeper'

/**
 * Removes a token everywhere: first the git settings PAT Keeper wrote for it (so git stops asking the helper
 * for a token that no longer exists), then its keychain item and record. If the git settings cannot be undone
 * (another token's setup builds on them) the token is still removed and the note says what to do; the left-over
 * settings are harmless because the helper answers nothing for an unknown token and git falls through.
 */
export const removeToken = async (services: Pick<Services, 'vault' | 'git'>, idOrLabel: string): Promise<{ notes: string[] }> => {
  const record = await services.vault.find(idOrLabel)
  const notes: string[] = []
  if ((await services.git.changes(record.id)).length > 0) {
    try {
      const { undone, notes: undoNotes } = await services.git.undo(record.id)
      notes.push(`Undid ${undone.length} git setup${undone.length === 1 ? '' : 's'} of "${record.label}".`, ...undoNotes)
    } catch (error) {
      const why = isAppError(error) ? error.message : 'git could not be run'
      notes.push(`The git settings for "${record.label}" were left in place (${why}). Remove them with "patkeeper git undo" once that is resolved. ${GET_PATKEEPER}`)
    }
  }
  await services.vault.remove(record.id)
  return { notes }
}

import { clipboardClearSecondsOf, type Settings } from '../../shared/domain/settings'

/**
 * The clipboard service's delay read from the settings at each copy (so a change applies at once):
 * the configured seconds, or 0 (never cleared) when "Clear the clipboard after copying" is off.
 */
export const clearSecondsFromSettings = (read: () => Promise<{ settings: Settings }>) => async (): Promise<number> => clipboardClearSecondsOf((await read()).settings)

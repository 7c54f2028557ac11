import type { Settings } from '../../shared/domain/settings'
import type { MetadataStore } from '../metadata/metadata-store'

/** Reads the user's settings (defaults filled in for anything never set). */
export const readSettings = async (metadata: MetadataStore): Promise<Settings> => (await metadata.read()).settings

/** Changes some settings; alert thresholds are kept unique and highest first (the expiry engine's order). */
export const updateSettings = (metadata: MetadataStore, patch: Partial<Settings>): Promise<Settings> =>
  metadata.update((doc) => {
    const next: Settings = { ...doc.settings, ...patch }
    next.alertThresholdsDays = [...new Set(next.alertThresholdsDays)].sort((a, b) => b - a)
    doc.settings = next
    return next
  })

import type { ExpiryOverview } from '../../shared/domain/expiry'
import { toIcs } from './ics'
import { toCsv, toJson } from './tabular'

/** Export formats of `patkeeper export` and the timeline's export buttons. */
export const EXPORT_FORMATS = ['ics', 'json', 'csv'] as const
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A finished export: file name, MIME type and text. Holds no secret (records never do). */
export interface ExportFile {
  fileName: string
  mimeType: string
  content: string
}

const MIME: Record<ExportFormat, string> = { ics: 'text/calendar', json: 'application/json', csv: 'text/csv' }

/** Renders the engine's overview in one format. */
export const exportOverview = (overview: ExpiryOverview, format: ExportFormat): ExportFile => {
  const now = new Date(overview.now)
  const content =
    format === 'ics' ? toIcs(overview.tokens, { now, firstThresholdDays: overview.thresholdsDays[0] ?? 30 }) : format === 'json' ? toJson(overview.tokens) : toCsv(overview.tokens)
  return { fileName: `pat-keeper-expiry-${overview.now.slice(0, 10)}.${format}`, mimeType: MIME[format], content }
}

import { z } from 'zod'
import type { ExpiryOverview, TokenExpiry } from '../../domain/expiry'
import type { RenewalOutcome as RenewalOutcomeView, RenewalPlan as RenewalPlanView } from '../../domain/renewal'
import type { RevokeOutcome } from '../../domain/health'
import type { TokenView } from '../../domain/token'
import { channel, event } from '../define'
import { secret, text, tokenId, tokenIds } from '../limits'

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** What the renewal screen shows first, and the result of handing in a new token (shared/domain/renewal.ts). */
export type { RenewalOutcome as RenewalOutcomeView, RenewalPlan as RenewalPlanView } from '../../domain/renewal'

/** An export ready to save: the renderer offers it as a download. Holds no secret. */
export interface ExportFileView {
  fileName: string
  mimeType: string
  content: string
}

/** Expiry watch and renewal channels. */
export const expiryChannels = {
  /** Every token's expiry state, most urgent first (timeline, detail panel). */
  'expiry:overview': channel<ExpiryOverview>()(z.tuple([])),
  /** Snoozes a token's alerts for some hours (0 ends the snooze); the snoozed alert comes back afterwards. */
  'expiry:snooze': channel<TokenExpiry>()(z.tuple([tokenId, z.number().int().min(0).max(24 * 7)])),
  /** The overview as a calendar (.ics), JSON or CSV file. */
  'expiry:export': channel<ExportFileView>()(z.tuple([z.enum(['ics', 'json', 'csv'])])),
  /** The same file for the tokens selected in the list only. */
  'expiry:export-selected': channel<ExportFileView>()(z.tuple([z.enum(['ics', 'json', 'csv']), tokenIds])),
  'renewal:plan': channel<RenewalPlanView>()(z.tuple([tokenId])),
  /** Opens the host's token page pre-filled with the old token's name and scopes (URL built in main). */
  'renewal:open-page': channel<{ url: string }>()(z.tuple([tokenId])),
  /** Hands in the new token: checked with the host, same account required, then swapped into the keychain. */
  'renewal:submit': channel<RenewalOutcomeView>()(
    z.tuple([tokenId, secret, z.strictObject({ confirmScopeLoss: z.boolean().optional(), expiresAt: ymd.nullable().optional() })]),
  ),
  /** GitLab one-click rotation through `personal_access_tokens/self/rotate`. */
  'renewal:self-rotate': channel<RenewalOutcomeView>()(z.tuple([tokenId, z.strictObject({ expiresAt: ymd.optional() })])),
  /** Retries storing a self-rotated token the keychain refused. */
  'renewal:retry-save': channel<RenewalOutcomeView>()(z.tuple([tokenId])),
  /** Ticks a "used in" place off as updated (or back). */
  'renewal:tick': channel<TokenView>()(z.tuple([tokenId, z.string().min(1).max(64), z.boolean()])),
  /** Revokes the old token (held in main since the swap) on its host; the label typed by the user confirms it. */
  'renewal:revoke-old': channel<RevokeOutcome>()(z.tuple([tokenId, text(120)])),
  /** The user keeps the old token or left the screen: main forgets the old secret. */
  'renewal:forget-old': channel<{ forgotten: boolean }>()(z.tuple([tokenId])),
} as const

/** Expiry events. */
export const expiryEvents = {
  /** The scheduler ran the engine: views showing expiry reload. */
  'expiry:changed': event<{ worst: ExpiryOverview['worst'] }>(),
} as const

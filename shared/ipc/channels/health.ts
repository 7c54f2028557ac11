import { z } from 'zod'
import type { FixRecord, HealthReport, RevokeOutcome, ScanProgress, ScanReport } from '../../domain/health'
import { HOST_KINDS } from '../../domain/hosts'
import { channel, event } from '../define'
import { plain, text, tokenId } from '../limits'

/** A folder the user chose to search for repositories: a full path (relative ones would resolve against main's folder). */
const folder = plain(1000)
  .min(1)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'must be the full path of a folder')
const findingKey = z.string().regex(/^[a-f0-9]{16}$/)
const fixId = z.string().uuid()

/** Token health: plaintext scan, fix and undo, risk flags. */
export const healthChannels = {
  /** Reads the user's tool files and the repositories under the chosen folders; never returns a secret. */
  'health:scan': channel<ScanReport>()(z.tuple([z.array(folder).max(20), z.strictObject({ toolFiles: z.boolean().optional() })])),
  /** Fixes one finding of the last scan after the user confirmed it: import, backup, rewrite. */
  'health:fix': channel<FixRecord>()(z.tuple([findingKey, z.strictObject({ label: text(120).optional(), host: z.enum(HOST_KINDS).optional() })])),
  /** Undoes a fix: the file's old bytes back, the git setup and an imported token removed. */
  'health:undo': channel<FixRecord>()(z.tuple([fixId])),
  /** Fixes made so far, newest first. */
  'health:fixes': channel<FixRecord[]>()(z.tuple([])),
  /**
   * Risk flags of every token (or of `ids` only: the list asks for the tokens that just changed), worst first;
   * `compareSecrets` (Health screen only) also finds secrets stored twice.
   */
  'health:report': channel<HealthReport>()(z.tuple([z.strictObject({ compareSecrets: z.boolean().optional(), ids: z.array(tokenId).max(10_000).optional() })])),
  /** Revokes the token on its host; the label typed by the user is the confirmation. */
  'health:revoke': channel<RevokeOutcome>()(z.tuple([tokenId, text(120)])),
  /** Revokes a secret found in plaintext (last scan) on its host; the host name typed by the user confirms it. */
  'health:revoke-finding': channel<RevokeOutcome>()(z.tuple([findingKey, text(300)])),
} as const

/** Health events. */
export const healthEvents = {
  /** A scan is running: how far it got. */
  'health:scan-progress': event<ScanProgress>(),
} as const

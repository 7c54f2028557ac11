import { z } from 'zod'
import { HOST_KINDS, PURPOSES, type HostKind } from '../../domain/hosts'
import { THEMES, type Settings } from '../../domain/settings'
import type { TokenView } from '../../domain/token'
import { channel, event } from '../define'
import { plain, secret, text, tokenId } from '../limits'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/).max(40)

/** What the wizard (and `patkeeper add`) sends to store a new token; the only shape carrying a secret in. */
export const addTokenRequest = z.strictObject({
  host: z.enum(HOST_KINDS),
  label: text(120),
  secret,
  url: plain(300).optional(),
  org: plain(200).optional(),
  collection: plain(200).optional(),
  region: plain(40).optional(),
  username: plain(200).optional(),
  email: plain(320).optional(),
  purpose: z.enum(PURPOSES).optional(),
  scopes: z.array(plain(100)).max(100).optional(),
  expiresAt: isoDate.nullable().optional(),
  expirySource: z.enum(['host', 'user']).nullable().optional(),
  repository: plain(200).optional(),
  tokenType: plain(60).optional(),
  usedIn: z.array(text(300)).max(50).optional(),
})

/** The add request's type. */
export type AddTokenRequest = z.output<typeof addTokenRequest>

/** What `patkeeper doctor` and the settings screen report about the keychain and the metadata file. */
export interface DoctorReport {
  /** True when the keychain works and every record has its secret and every item its record. */
  ok: boolean
  keychain: { ok: boolean; code?: string; message: string }
  metadata: { ok: boolean; path: string; message: string }
  tokenCount: number
  /** Keychain items (token ids) under this service that no record uses. */
  itemsWithoutRecord: string[]
  /** Records whose secret is missing from the keychain. */
  recordsWithoutSecret: { id: string; label: string; host: string }[]
  /** One sentence per offered fix. */
  fixes: string[]
}

/** What `doctor --fix` did. */
export interface DoctorFixResult {
  deletedItems: string[]
  removedRecords: string[]
}

/** A plaintext git credential found by the importer, shown masked (the secret never leaves main). */
export interface ImportCandidate {
  /** Stable key for this entry (a hash of file, line, URL and username; not of the secret). */
  key: string
  file: string
  /** 1-based line in the file. */
  line: number
  /** Host kind, or null when PAT Keeper cannot tell and the user must choose. */
  host: HostKind | null
  /** True when the kind is a guess from the hostname (self-managed servers). */
  guessed: boolean
  url: string
  org?: string
  region?: string
  path?: string
  username: string
  /** e.g. "ghp_••••Q7r8". */
  masked: string
  suggestedLabel: string
  /** A record with the same host and username already exists. */
  alreadyStored: boolean
}

/** The user's choice for one candidate. */
export interface ImportChoice {
  key: string
  host?: HostKind
  label?: string
}

/** What happened to one chosen candidate. */
export interface ImportOutcome {
  key: string
  ok: boolean
  tokenId?: string
  label?: string
  message: string
}

/** What erasing imported entries from a plaintext file did. */
export interface ImportEraseResult {
  erased: number
  /** Chosen entries left alone because their secret is not in the keychain. */
  skipped: number
  /** Copy of the file before the erase, or null when nothing was erased. */
  backup: string | null
  message: string
}

/** What the detail screen may change on a record (other concerns change records in main, not over IPC). */
export const tokenEditRequest = z.strictObject({
  label: text(120).optional(),
  /** The full list of "used in" notes; notes without an id are new. */
  usedIn: z.array(z.strictObject({ id: z.string().max(64).optional(), text: text(300), updatedAt: isoDate.optional() })).max(50).optional(),
  purpose: z.enum(PURPOSES).optional(),
  username: plain(200).optional(),
  email: plain(320).optional(),
  /** An expiry the user states (a host-reported expiry is set by checks). */
  expiresAt: isoDate.nullable().optional(),
})

/** The edit request's type. */
export type TokenEditRequest = z.output<typeof tokenEditRequest>

/** Settings the settings screen may change. */
export const settingsUpdateRequest = z.strictObject({
  alertThresholdsDays: z.array(z.int().min(0).max(365)).min(1).max(10).optional(),
  clearClipboard: z.boolean().optional(),
  clipboardClearSeconds: z.int().min(5).max(600).optional(),
  theme: z.enum(THEMES).optional(),
  recheckIntervalHours: z.int().min(1).max(24 * 14).optional(),
  rotationAdviceDays: z.int().min(7).max(730).optional(),
  startAtLogin: z.boolean().optional(),
  keepRunningInBackground: z.boolean().nullable().optional(),
})

/** The import screen's scan result: which files were read and what they hold (masked). */
export interface ImportScan {
  files: string[]
  candidates: ImportCandidate[]
}

/** What the renewal screen knows about the new secret (e.g. from a check of the draft). */
export const rotateFacts = z.strictObject({
  expiresAt: isoDate.nullable().optional(),
  expirySource: z.enum(['host', 'user']).nullable().optional(),
  scopes: z.array(plain(100)).max(100).optional(),
  tokenType: plain(60).optional(),
})

const importChoice = z.strictObject({ key: z.string().regex(/^[a-f0-9]{16}$/), host: z.enum(HOST_KINDS).optional(), label: text(120).optional() })

/** Token (vault) channels. */
export const tokensChannels = {
  'tokens:list': channel<TokenView[]>()(z.tuple([])),
  'tokens:add': channel<TokenView>()(z.tuple([addTokenRequest])),
  /** One token by id. */
  'tokens:get': channel<TokenView>()(z.tuple([tokenId])),
  /** Several tokens by id in one read (the list's in-place updates); ids no longer there are left out. */
  'tokens:get-many': channel<TokenView[]>()(z.tuple([z.array(tokenId).max(5000)])),
  /** Edits label, notes and user facts of a token. */
  'tokens:update': channel<TokenView>()(z.tuple([tokenId, tokenEditRequest])),
  /** Replaces a token's secret (renewal); the secret goes in once and never comes back. */
  'tokens:rotate': channel<TokenView>()(z.tuple([tokenId, secret, rotateFacts.optional()])),
  /** Deletes keychain item and record. */
  'tokens:remove': channel<{ notes: string[] }>()(z.tuple([tokenId])),
  /** Keychain health and consistency. */
  'tokens:doctor': channel<DoctorReport>()(z.tuple([])),
  /** Applies doctor's fixes. */
  'tokens:doctor-fix': channel<DoctorFixResult>()(z.tuple([])),
  /** Reads git's plaintext credential files (or one the user names) and lists entries masked. */
  'tokens:import-scan': channel<ImportScan>()(z.tuple([z.string().min(1).max(1024).optional()])),
  /** Imports the chosen entries into the keychain. */
  'tokens:import-run': channel<ImportOutcome[]>()(z.tuple([z.array(importChoice).min(1).max(200)])),
  /** Erases imported entries from a scanned plaintext file (backup kept). */
  'tokens:import-erase': channel<ImportEraseResult>()(z.tuple([z.string().min(1).max(1024), z.array(z.string().regex(/^[a-f0-9]{16}$/)).min(1).max(200)])),
  'settings:get': channel<Settings>()(z.tuple([])),
  'settings:update': channel<Settings>()(z.tuple([settingsUpdateRequest])),
} as const

/** Token (vault) events. */
export const tokensEvents = {
  /** Something about the token list changed; the renderer reloads what it shows. */
  'tokens:changed': event<{ ids: string[] }>(),
} as const

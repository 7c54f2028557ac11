import { z } from 'zod'
import { HOST_KINDS, PURPOSES, type HostKind } from '../../domain/hosts'
import type { TokenView } from '../../domain/token'
import { channel, event } from '../define'
import { secret, text } from '../limits'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/).max(40)

/** What the wizard (and `patkeeper add`) sends to store a new token; the only shape carrying a secret in. */
export const addTokenRequest = z.strictObject({
  host: z.enum(HOST_KINDS),
  label: text(120),
  secret,
  url: z.string().max(300).optional(),
  org: z.string().max(200).optional(),
  collection: z.string().max(200).optional(),
  region: z.string().max(40).optional(),
  username: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  purpose: z.enum(PURPOSES).optional(),
  scopes: z.array(z.string().max(100)).max(100).optional(),
  expiresAt: isoDate.nullable().optional(),
  expirySource: z.enum(['host', 'user']).nullable().optional(),
  repository: z.string().max(200).optional(),
  tokenType: z.string().max(60).optional(),
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

/** Token (vault) channels. */
export const tokensChannels = {
  'tokens:list': channel<TokenView[]>()(z.tuple([])),
  'tokens:add': channel<TokenView>()(z.tuple([addTokenRequest])),
} as const

/** Token (vault) events. */
export const tokensEvents = {
  /** Something about the token list changed; the renderer reloads what it shows. */
  'tokens:changed': event<{ ids: string[] }>(),
} as const

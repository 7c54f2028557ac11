import type { GitChangeRecord } from '../../shared/domain/git'
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings'
import type { TokenRecord } from '../../shared/domain/token'

/** The metadata file's schema version this build writes. */
export const SCHEMA_VERSION = 1

/** Everything PAT Keeper stores outside the keychain: one JSON document. */
export interface MetadataDoc {
  schemaVersion: number
  tokens: TokenRecord[]
  settings: Settings
  gitChanges: GitChangeRecord[]
}

/** A fresh install's document. */
export const emptyDoc = (): MetadataDoc => ({ schemaVersion: SCHEMA_VERSION, tokens: [], settings: { ...DEFAULT_SETTINGS }, gitChanges: [] })

type Raw = Record<string, unknown>
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const arrayOr = <T>(v: unknown, fallback: T[]): T[] => (Array.isArray(v) ? (v as T[]) : fallback)

/**
 * Migrations from version N to N+1, applied in order. Version 0 is a file without `schemaVersion`
 * (the pre-release layout, where `tokens` was the only key).
 */
const MIGRATIONS: Record<number, (doc: Raw) => Raw> = {
  0: (doc) => ({ ...doc, schemaVersion: 1, settings: isObject(doc.settings) ? doc.settings : {}, gitChanges: arrayOr(doc.gitChanges, []) }),
}

/** Fills fields added after a record was written, so every reader sees complete records. */
const normalizeToken = (raw: Raw): TokenRecord => {
  const record = raw as unknown as TokenRecord
  return {
    ...record,
    scopes: arrayOr(raw.scopes, []),
    expiresAt: typeof raw.expiresAt === 'string' ? raw.expiresAt : null,
    expirySource: raw.expirySource === 'host' || raw.expirySource === 'user' ? raw.expirySource : null,
    rotations: arrayOr(raw.rotations, []),
    usedIn: arrayOr(raw.usedIn, []),
    gitBindings: arrayOr(raw.gitBindings, []),
    alerts: isObject(raw.alerts) ? { ...(raw.alerts as object), sent: arrayOr((raw.alerts as Raw).sent, []) } : { sent: [] },
  }
}

/** Why a file's content cannot be used; the caller sets it aside and reports. */
export class UnreadableDoc extends Error {}

/**
 * Parses and upgrades a document. Throws UnreadableDoc for anything that is not a PAT Keeper metadata
 * document, or one written by a newer version (which this build must not overwrite).
 */
export const parseDoc = (text: string): MetadataDoc => {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new UnreadableDoc(`not valid JSON (${(error as Error).message})`)
  }
  if (!isObject(raw) || !Array.isArray(raw.tokens)) throw new UnreadableDoc('not a PAT Keeper metadata document (no token list)')
  let doc: Raw = raw
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0
  if (version > SCHEMA_VERSION) throw new UnreadableDoc(`written by a newer PAT Keeper (schema ${version}; this version reads up to ${SCHEMA_VERSION})`)
  while (version < SCHEMA_VERSION) {
    const migrate = MIGRATIONS[version]
    if (!migrate) throw new UnreadableDoc(`no migration from schema ${version}`)
    doc = migrate(doc)
    version += 1
  }
  const tokens = (doc.tokens as unknown[]).filter(isObject).map(normalizeToken)
  if (tokens.some((t) => typeof t.id !== 'string' || typeof t.label !== 'string')) throw new UnreadableDoc('a token record has no id or label')
  return {
    ...(doc as object),
    schemaVersion: SCHEMA_VERSION,
    tokens,
    settings: { ...DEFAULT_SETTINGS, ...(isObject(doc.settings) ? (doc.settings as Partial<Settings>) : {}) },
    gitChanges: arrayOr(doc.gitChanges, []),
  }
}

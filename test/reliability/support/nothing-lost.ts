import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import type { TokenRecord } from '../../../shared/domain/token'
import { keychainSecret } from '../../security/support/state'

/** What a fault must not lose: every token's record and its secret in the keychain. */
export interface Holdings {
  dataDir: string
  service: string
  records: TokenRecord[]
  secrets: Record<string, string>
  metadataText: string
}

/** Fields a check or a refused write may legitimately touch; everything else must survive a fault. */
const stable = (r: TokenRecord) => {
  const { lastCheck: _check, updatedAt: _updated, ...rest } = r
  return rest
}

/** Reads records (through a fresh metadata store, as a restarted app would) and secrets (straight from the keychain). */
export const holdings = async (dataDir: string, service: string): Promise<Holdings> => {
  const store = createMetadataStore(dataDir)
  const records = (await store.read()).tokens
  const secrets: Record<string, string> = {}
  for (const r of records) secrets[r.id] = (await keychainSecret(service, r.id)) ?? '<missing>'
  return { dataDir, service, records, secrets, metadataText: readFileSync(store.path, 'utf8') }
}

/**
 * Re-reads the keychain and the metadata after a fault and asserts nothing was lost: every record is still
 * there with the same content (a stored check result aside) and every secret is byte-identical.
 * With `exact`, the metadata file must be byte-identical too (the fault happened before any write).
 */
export const expectNothingLost = async (before: Holdings, options: { exact?: boolean } = {}): Promise<void> => {
  const after = await holdings(before.dataDir, before.service)
  expect(after.records.map(stable)).toEqual(before.records.map(stable))
  expect(after.secrets).toEqual(before.secrets)
  expect(Object.values(after.secrets)).not.toContain('<missing>')
  if (options.exact) expect(after.metadataText).toBe(before.metadataText)
}

import { createHash } from 'node:crypto'
import type { SecretStore } from '../secrets/secret-store'
import type { Vault } from '../vault/vault-types'

/** Which stored token holds a secret, keyed by the secret's SHA-256 (so no list of secrets is kept around). */
export type KeptIndex = Map<string, { tokenId: string; label: string }>

/** SHA-256 of a secret, hex; the only form in which found and stored secrets are compared. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex')

/** Hashes every stored secret (main process only); a token whose secret cannot be read is left out. */
export const buildKeptIndex = async (vault: Pick<Vault, 'list'>, secrets: Pick<SecretStore, 'get'>): Promise<KeptIndex> => {
  const index: KeptIndex = new Map()
  for (const t of await vault.list()) {
    const s = await secrets.get(t.id)
    if (s) index.set(secretHash(s), { tokenId: t.id, label: t.label })
  }
  return index
}

/** The keychain as PAT Keeper uses it: one item per token, account = token id. No plaintext fallback exists. */
export interface SecretStore {
  /** The stored secret, or null when the keychain has no item (a locked Linux keyring also answers null: see `probe`). */
  get(id: string): Promise<string | null>
  /** Stores or replaces the secret; throws AppError keychain-* when the keychain refuses. */
  set(id: string, secret: string): Promise<void>
  /** Deletes the item; true when one was deleted. */
  delete(id: string): Promise<boolean>
  /** Accounts (token ids) that have an item under this service. Probes first: never call on a locked keyring. */
  ids(): Promise<string[]>
  /** Writes, reads back and deletes a probe item: the only proof the keychain really works. */
  probe(): Promise<KeychainHealth>
}

/** Outcome of a keychain probe. */
export interface KeychainHealth {
  ok: boolean
  /** 'keychain-missing' | 'keychain-locked' | 'keychain-denied' when not ok. */
  code?: string
  /** What happened and what to do. */
  message: string
}

/** Account name of the probe item; never a token id (ids are UUIDs). */
export const PROBE_ACCOUNT = 'patkeeper-probe'

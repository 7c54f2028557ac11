import type { CheckResult, ExpirySource, TokenRecord } from '../../shared/domain/token'
import type { AddTokenRequest, DoctorFixResult, DoctorReport } from '../../shared/ipc/channels/tokens'

/** Fields other concerns may change on a record (validation, expiry, git, the detail screen). */
export type TokenPatch = Partial<Omit<TokenRecord, 'id' | 'createdAt'>>

/** Facts known about a new secret at rotation time (from a check of the new token, or the user). */
export interface RotationFacts {
  expiresAt?: string | null
  expirySource?: ExpirySource | null
  lastCheck?: CheckResult
  scopes?: string[]
  tokenType?: string
}

/** The token vault: secrets in the keychain, records in the metadata file, kept in step. */
export interface Vault {
  list(): Promise<TokenRecord[]>
  /** By id or label; AppError 'not-found' (or 'conflict' for a label used on two hosts). */
  find(idOrLabel: string): Promise<TokenRecord>
  /** Stores the secret in the keychain, then the record; labels are unique per host ('conflict'). */
  add(req: AddTokenRequest): Promise<TokenRecord>
  update(id: string, patch: TokenPatch): Promise<TokenRecord>
  /** Applies many patches (no label changes) in one write; returns the ids still there (removed ones are skipped). */
  updateMany(patches: ReadonlyArray<readonly [id: string, patch: Omit<TokenPatch, 'label'>]>): Promise<string[]>
  /** Replaces the secret, keeps the record, notes and git bindings; remembers the previous expiry. */
  rotate(id: string, newSecret: string, facts?: RotationFacts): Promise<TokenRecord>
  /** Removes keychain item and record; a failure halfway says what is left and how to repair it. */
  remove(id: string): Promise<void>
  /** Main-side only: the stored secret, or a clear AppError (locked/missing keychain, item gone). */
  readSecret(id: string): Promise<string>
  /** Keychain health plus keychain/metadata consistency. */
  doctor(): Promise<DoctorReport>
  /** Applies the fixes doctor offers: deletes orphan keychain items and records whose secret is gone. */
  doctorFix(report?: DoctorReport): Promise<DoctorFixResult>
}

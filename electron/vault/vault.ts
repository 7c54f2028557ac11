import { randomUUID } from 'node:crypto'
import type { TokenRecord } from '../../shared/domain/token'
import { addTokenRequest, type AddTokenRequest } from '../../shared/ipc/channels/tokens'
import type { ServiceDeps } from '../app/service-deps'
import { AppError, isAppError } from '../errors/app-error'
import type { MetadataStore } from '../metadata/metadata-store'
import type { SecretStore } from '../secrets/secret-store'
import { runDoctor, runDoctorFix } from './doctor'
import { findToken, sameLabel } from './find-token'
import { resolveHostLocation } from './host-url'
import { cleanSecret } from './secret-text'
import type { RotationFacts, Vault } from './vault-types'
import { GET_PATKEEPER } from '../../shared/cli/get-patkeeper'

export type { RotationFacts, TokenPatch, Vault } from './vault-types'

type VaultDeps = Pick<ServiceDeps, 'clock' | 'emit' | 'log' | 'redactor'>

const describeToken = (t: Pick<TokenRecord, 'label' | 'host'>) => `"${t.label}" (${t.host})`

/** Builds a new record from an add request (already checked). */
const newRecord = (req: AddTokenRequest, url: string, now: string): TokenRecord => ({
  id: randomUUID(),
  label: req.label.trim(),
  host: req.host,
  url,
  ...(req.org ? { org: req.org.trim() } : {}),
  ...(req.collection ? { collection: req.collection.trim() } : {}),
  ...(req.region ? { region: req.region.trim() } : {}),
  ...(req.username ? { username: req.username.trim() } : {}),
  ...(req.email ? { email: req.email.trim() } : {}),
  ...(req.purpose ? { purpose: req.purpose } : {}),
  ...(req.repository ? { repository: req.repository.trim() } : {}),
  ...(req.tokenType ? { tokenType: req.tokenType } : {}),
  scopes: req.scopes ?? [],
  expiresAt: req.expiresAt ?? null,
  expirySource: req.expiresAt ? (req.expirySource ?? 'user') : null,
  createdAt: now,
  updatedAt: now,
  rotations: [],
  usedIn: (req.usedIn ?? []).map((text) => ({ id: randomUUID(), text: text.trim() })),
  gitBindings: [],
  alerts: { sent: [] },
})

/** The record after its secret was replaced: history kept, facts of the old secret dropped. */
const rotatedRecord = (current: TokenRecord, facts: RotationFacts, at: string): TokenRecord => {
  const next: TokenRecord = {
    ...current,
    updatedAt: at,
    rotatedAt: at,
    rotations: [...current.rotations, { at, previousExpiresAt: current.expiresAt }],
    // The old secret's expiry and check say nothing about the new one.
    expiresAt: facts.expiresAt ?? null,
    expirySource: facts.expiresAt ? (facts.expirySource ?? 'user') : null,
    scopes: facts.scopes ?? current.scopes,
    alerts: { sent: [] },
    usedIn: current.usedIn.map(({ updatedAt: _done, ...note }) => note),
  }
  if (facts.tokenType) next.tokenType = facts.tokenType
  if (facts.lastCheck) next.lastCheck = facts.lastCheck
  else delete next.lastCheck
  return next
}

/** Creates the vault over a metadata store and a secret store. */
export const createVault = (metadata: MetadataStore, secrets: SecretStore, deps: VaultDeps): Vault => {
  const now = () => deps.clock().toISOString()
  const changed = (ids: string[]) => deps.emit('tokens:changed', { ids })
  const labelTaken = (tokens: readonly TokenRecord[], candidate: Pick<TokenRecord, 'id' | 'label' | 'host' | 'url'>) => {
    const other = tokens.find((t) => t.id !== candidate.id && sameLabel(t, candidate))
    if (other) throw new AppError('conflict', `You already have a ${candidate.host} token labelled "${other.label}". Choose another label.`)
  }
  const withRecord = async <T>(id: string, change: (record: TokenRecord, doc: TokenRecord[]) => T): Promise<T> =>
    metadata.update((doc) => change(findToken(doc.tokens, id), doc.tokens))

  const vault: Vault = {
    list: async () => (await metadata.read()).tokens,
    find: async (idOrLabel) => findToken((await metadata.read()).tokens, idOrLabel),

    add: async (input) => {
      const parsed = addTokenRequest.safeParse(input)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new AppError('invalid-input', `The new token's ${issue?.path.join('.') || 'details'} ${issue?.path[0] === 'secret' ? 'is not acceptable' : `is not valid: ${issue?.message}`}.`)
      }
      const req = parsed.data
      const secret = cleanSecret(req.secret)
      deps.redactor.remember(secret)
      const where = resolveHostLocation(req.host, req)
      const record = newRecord({ ...req, org: where.org ?? req.org, collection: where.collection ?? req.collection, region: where.region ?? req.region }, where.url, now())
      labelTaken((await metadata.read()).tokens, record) // fail early, before touching the keychain
      await secrets.set(record.id, secret)
      try {
        await metadata.update((doc) => {
          labelTaken(doc.tokens, record)
          doc.tokens.push(record)
        })
      } catch (error) {
        await secrets.delete(record.id).catch(() => false) // no keychain item without a record
        throw error
      }
      deps.log.info(`vault: added token ${record.id} (${record.host})`)
      changed([record.id])
      return record
    },

    update: async (id, patch) => {
      const record = await withRecord(id, (current, tokens) => {
        const next: TokenRecord = { ...current, ...patch, id: current.id, createdAt: current.createdAt, updatedAt: now() }
        if (patch.label !== undefined) {
          next.label = patch.label.trim()
          if (!next.label) throw new AppError('invalid-input', 'A label cannot be empty.')
        }
        labelTaken(tokens, next)
        tokens[tokens.indexOf(current)] = next
        return next
      })
      changed([record.id])
      return record
    },

    updateMany: async (patches) => {
      // One write for many check results; a token removed meanwhile has nothing left to update.
      const ids = await metadata.update((doc) => {
        const at = now()
        return patches.flatMap(([id, patch]) => {
          const index = doc.tokens.findIndex((t) => t.id === id)
          if (index < 0) return []
          const current = doc.tokens[index]!
          doc.tokens[index] = { ...current, ...patch, id: current.id, label: current.label, createdAt: current.createdAt, updatedAt: at }
          return [id]
        })
      })
      if (ids.length) changed(ids)
      return ids
    },

    rotate: async (id, newSecret, facts: RotationFacts = {}) => {
      const secret = cleanSecret(newSecret)
      deps.redactor.remember(secret)
      const before = await vault.find(id)
      await secrets.set(before.id, secret)
      let record: TokenRecord
      try {
        record = await withRecord(before.id, (current, tokens) => {
          const next = rotatedRecord(current, facts, now())
          tokens[tokens.indexOf(current)] = next
          return next
        })
      } catch (error) {
        const why = isAppError(error) ? error.message : 'the data file could not be written.'
        throw new AppError('storage-failed', `The new secret of ${describeToken(before)} is in the keychain, but its details could not be updated: ${why} Try renewing again to record the new expiry.`, { cause: error })
      }
      deps.log.info(`vault: rotated token ${record.id}`)
      changed([record.id])
      return record
    },

    remove: async (id) => {
      const record = await vault.find(id)
      if (!(await secrets.delete(record.id))) {
        // A locked Linux keyring answers "nothing deleted" without an error: only a working keychain may drop the record.
        const health = await secrets.probe()
        if (!health.ok) throw new AppError((health.code ?? 'keychain-locked') as 'keychain-locked', health.message)
      }
      try {
        await metadata.update((doc) => {
          doc.tokens = doc.tokens.filter((t) => t.id !== record.id)
        })
      } catch (error) {
        const why = isAppError(error) ? error.message : 'the data file could not be written'
        throw new AppError('storage-failed', `The secret of ${describeToken(record)} was deleted from the keychain, but its record could not be removed: ${why} Run "patkeeper doctor --fix" (or remove it again) to finish. ${GET_PATKEEPER}`, { cause: error })
      }
      deps.log.info(`vault: removed token ${record.id}`)
      changed([record.id])
    },

    readSecret: async (id) => {
      const record = await vault.find(id)
      const secret = await secrets.get(record.id)
      if (secret !== null) {
        deps.redactor.remember(secret)
        return secret
      }
      // A locked Linux keyring answers null without an error: tell "locked" from "gone" with a probe.
      const health = await secrets.probe()
      if (!health.ok) throw new AppError((health.code ?? 'keychain-locked') as 'keychain-locked', health.message)
      throw new AppError('not-found', `The secret of ${describeToken(record)} is no longer in the system keychain. Rotate the token to store it again ("patkeeper rotate ${record.label}"), or remove the record. ${GET_PATKEEPER}`)
    },

    doctor: () => runDoctor(metadata, secrets),
    doctorFix: async (report) => {
      const result = await runDoctorFix(metadata, secrets, report ?? (await runDoctor(metadata, secrets)))
      if (result.removedRecords.length) changed(result.removedRecords)
      return result
    },
  }
  return vault
}

// The only file that imports keytar (lint-enforced). Kept light: the git credential helper imports it directly.
import * as keytarModule from 'keytar'
import { randomBytes } from 'node:crypto'
import type { IpcErrorCode } from '../../shared/ipc/result'
import { AppError, isAppError } from '../errors/app-error'
import { keychainLocked, mapKeychainError } from './keychain-errors'
import { PROBE_ACCOUNT, type KeychainHealth, type SecretStore } from './secret-store'

type Keytar = typeof import('keytar')
// keytar is CommonJS: under Node's ESM loader its functions sit on `default`, under a CJS bundle on the module.
const keytar: Keytar = ((keytarModule as unknown as { default?: Keytar }).default ?? keytarModule) as Keytar

/** Options of the keytar store. */
export interface KeytarStoreOptions {
  /** How long to wait for the keychain; a pending unlock prompt looks like a hang (default 30 s). */
  timeoutMs?: number
  platform?: NodeJS.Platform
}

/** A SecretStore over keytar for one keychain service name (PAT Keeper, a dev name, or a test's own). */
export const createKeytarStore = (service: string, options: KeytarStoreOptions = {}): SecretStore => {
  const timeoutMs = options.timeoutMs ?? 30_000
  const platform = options.platform ?? process.platform
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(keychainLocked(platform)), timeoutMs)
      timer.unref()
    })
    try {
      return await Promise.race([run(), timeout])
    } catch (error) {
      throw isAppError(error) ? error : mapKeychainError(error, platform)
    } finally {
      clearTimeout(timer)
    }
  }
  const probe = async (): Promise<KeychainHealth> => {
    const value = `probe-${randomBytes(12).toString('hex')}`
    try {
      await call(() => keytar.setPassword(service, PROBE_ACCOUNT, value))
      const back = await call(() => keytar.getPassword(service, PROBE_ACCOUNT))
      await call(() => keytar.deletePassword(service, PROBE_ACCOUNT))
      if (back !== value) {
        const locked = keychainLocked(platform)
        return { ok: false, code: locked.code, message: locked.message }
      }
      return { ok: true, message: `The system keychain works (service "${service}").` }
    } catch (error) {
      const appError = isAppError(error) ? error : mapKeychainError(error, platform)
      return { ok: false, code: appError.code, message: appError.message }
    }
  }
  return {
    get: (id) => call(() => keytar.getPassword(service, id)),
    set: (id, secret) => call(() => keytar.setPassword(service, id, secret)),
    delete: (id) => call(() => keytar.deletePassword(service, id)),
    ids: async () => {
      // libsecret crashes the process when listing a locked collection: prove it is unlocked first.
      const health = await probe()
      if (!health.ok) throw new AppError((health.code ?? 'keychain-locked') as IpcErrorCode, health.message)
      const found = await call(() => keytar.findCredentials(service))
      return found.map((c) => c.account).filter((a) => a !== PROBE_ACCOUNT)
    },
    probe,
  }
}

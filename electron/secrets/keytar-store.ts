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
  // One keychain call at a time from this process, and probe items under their own service name: libsecret's
  // findCredentials (search, then load each secret) crashes the whole process (SIGSEGV after
  // "secret_value_get_text: assertion 'value' failed") when an item of the listed service is deleted midway,
  // e.g. by a probe or a remove running at the same moment (found by the reliability suite).
  let queue: Promise<unknown> = Promise.resolve()
  const probeService = `${service} (probe)`
  const call = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(() => callNow(run))
    queue = next.catch(() => undefined)
    return next
  }
  const callNow = async <T>(run: () => Promise<T>): Promise<T> => {
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
    // Each probe has its own item, so two processes probing at once cannot read each other's value back.
    const account = `${PROBE_ACCOUNT}-${randomBytes(6).toString('hex')}`
    try {
      await call(() => keytar.setPassword(probeService, account, value))
      const back = await call(() => keytar.getPassword(probeService, account))
      await call(() => keytar.deletePassword(probeService, account))
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

import type { CheckAllProgress } from '../../../shared/ipc/channels/validation'
import type { Services } from '../../app/services'
import { ATTENTION_STATUSES, UNSETTLED_STATUSES, type CheckResult } from '../../../shared/domain/token'

/** At most one progress event per this many ms (plus the last), so 1,000 tokens do not flood the renderer. */
const PROGRESS_EVERY_MS = 100
/**
 * "Check all" from the window, one run at a time: checks every token through `checker.checkAll` (which
 * stores results in batches, all of them before it returns), reports "n of total checked, k need attention" as it goes, and
 * stops taking new tokens when cancelled (checks already asked finish and are stored).
 */
export const createCheckAllRun = (services: Services) => {
  let current: { cancelled: boolean } | null = null
  /** Checks every token, or only the given ones (the list's selection; ids no longer stored are skipped). */
  const run = async (only?: readonly string[]): Promise<Record<string, CheckResult>> => {
    if (current) current.cancelled = true // a second click restarts rather than doubling the work
    const me = { cancelled: false }
    current = me
    const wanted = only ? new Set(only) : null
    const ids = (await services.vault.list()).map((r) => r.id).filter((id) => !wanted || wanted.has(id))
    const out: Record<string, CheckResult> = {}
    const progress: CheckAllProgress = { done: 0, total: ids.length, attention: 0, unsettled: 0, running: true, cancelled: false }
    let lastSent = 0
    const send = (force = false) => {
      const now = Date.now()
      if (!force && now - lastSent < PROGRESS_EVERY_MS) return
      lastSent = now
      services.deps.emit('tokens:check-progress', { ...progress })
    }
    send(true)
    try {
      Object.assign(out, await services.checker.checkAll(ids, {
        stopped: () => me.cancelled,
        onResult: (_id, result) => {
          progress.done++
          if (ATTENTION_STATUSES.has(result.status)) progress.attention++
          if (UNSETTLED_STATUSES.has(result.status)) progress.unsettled++
          send()
        },
      }).catch((error: unknown) => {
        me.cancelled = true // a keychain problem stops the whole run; the window shows its message
        throw error
      }))
    } finally {
      Object.assign(progress, { running: false, cancelled: me.cancelled })
      send(true)
      if (current === me) current = null
    }
    return out
  }
  const cancel = (): boolean => {
    if (!current) return false
    current.cancelled = true
    return true
  }
  return { run, cancel }
}

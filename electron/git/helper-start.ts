import type { Logger } from '../log/logger'
import type { GitService } from './git-service'

/**
 * What the app runs at start, once services exist (main.ts; not awaited before the window): copies the
 * shipped `patkeeper` to its stable path on first run and after an update, and repairs git setups that
 * point at an old, moved or deleted helper (or the old form that ran the app binary as Node), keeping undo exact.
 * Never throws: a failure is logged and `patkeeper doctor` explains it. Returns what was repaired.
 */
export const refreshGitHelper = async (git: GitService, log: Logger): Promise<string[]> => {
  try {
    const repaired = await git.repairHelpers()
    for (const line of repaired) log.info(`git helper repaired: ${line}`)
    return repaired
  } catch (error) {
    log.warn('git helper: could not refresh the installed patkeeper or repair git setups; "patkeeper doctor" explains why', error)
    return []
  }
}

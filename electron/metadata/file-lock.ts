import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { AppError } from '../errors/app-error'

/** How long to wait for another process's lock before giving up (the app and CLI hold it for milliseconds). */
const WAIT_MS = 15_000
/** A lock older than this is stale even if its pid was reused by another program. */
const STALE_MS = 60_000

const alive = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Removes a lock whose owner is gone, without removing a fresh lock another process took meanwhile. */
const breakStale = (path: string, seen: string): void => {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`
  try {
    renameSync(path, aside)
  } catch {
    return // someone else broke it first
  }
  try {
    if (readFileSync(aside, 'utf8') !== seen) linkSync(aside, path) // not the stale one: put it back
  } catch {
    /* put-back failed because a newer lock exists: theirs wins */
  }
  try {
    unlinkSync(aside)
  } catch {
    /* already gone */
  }
}

/**
 * Takes an exclusive lock file (O_EXCL create) holding "pid time", waiting for other holders. A holder
 * killed mid-write leaves a lock whose pid is dead: that lock is broken and taken over.
 * Returns the release function.
 */
export const acquireFileLock = async (path: string): Promise<() => void> => {
  const started = Date.now()
  const mine = `${process.pid} ${Date.now()} ${Math.random().toString(36).slice(2)}`
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600)
      try {
        writeSync(fd, mine)
      } catch (error) {
        closeSync(fd)
        unlinkSync(path) // a full disk must not leave an empty lock behind
        throw error
      }
      closeSync(fd)
      return () => {
        try {
          if (readFileSync(path, 'utf8') === mine) unlinkSync(path)
        } catch {
          /* already gone */
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // A read-only or full disk is the user's to fix: say so instead of surfacing a raw system error.
      if (code !== 'EEXIST')
        throw new AppError('storage-failed', `PAT Keeper could not write in its data folder (${code ?? 'error'}: ${path}). Nothing was changed; free disk space or fix the folder's permissions and try again.`, { cause: error })
    }
    try {
      const seen = readFileSync(path, 'utf8')
      const pid = Number(seen.split(' ')[0])
      const age = Date.now() - statSync(path).mtimeMs
      if (seen.length > 0 ? !alive(pid) || age > STALE_MS : age > 1000) breakStale(path, seen)
    } catch {
      /* the lock vanished between our calls: retry at once */
    }
    if (Date.now() - started > WAIT_MS)
      throw new AppError('storage-failed', `Another PAT Keeper process is holding the data folder lock (${path}). Nothing was changed; try again, or delete that file if no PAT Keeper is running.`)
    await sleep(Math.min(50, 2 + attempt * 3) + Math.random() * 10)
  }
}

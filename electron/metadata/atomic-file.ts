import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** fsyncs a folder so a rename inside it survives a power cut (a no-op where folders cannot be opened, e.g. Windows). */
export const fsyncDir = (dir: string): void => {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    /* not supported on this platform */
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Writes a file atomically: unique temp file in the same folder, fsync, rename over the target, fsync the folder. */
export const writeFileAtomic = (path: string, content: string): void => {
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`
  const fd = openSync(tmp, 'w', 0o600)
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(tmp, { force: true }) // a full disk must not leave half-written temp files behind
    throw error
  }
  closeSync(fd)
  renameSync(tmp, path)
  fsyncDir(dirname(path))
}

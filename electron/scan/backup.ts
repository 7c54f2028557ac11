import { chmodSync, copyFileSync, existsSync, rmSync, statSync } from 'node:fs'

/** Copies `file` next to itself as `<file>.patkeeper-backup-<stamp>` (owner-only: it holds the old secret). */
export const backupFile = (file: string, now: Date): string => {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
  let backup = `${file}.patkeeper-backup-${stamp}`
  for (let n = 2; existsSync(backup); n++) backup = `${file}.patkeeper-backup-${stamp}-${n}`
  copyFileSync(file, backup)
  chmodSync(backup, 0o600)
  return backup
}

/** Puts a backup's bytes back over `file` (keeping the file's mode) and removes the backup. */
export const restoreBackup = (backup: string, file: string): void => {
  const mode = existsSync(file) ? statSync(file).mode & 0o777 : 0o600
  copyFileSync(backup, file)
  chmodSync(file, mode)
  rmSync(backup)
}

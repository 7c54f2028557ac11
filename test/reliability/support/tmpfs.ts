import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A small tmpfs mounted on a temp folder: a real disk that fills up or turns read-only on demand. */
export interface SmallDisk {
  path: string
  /** Remounts read-only (writes then fail with EROFS) or read-write again. */
  readOnly(on: boolean): void
  unmount(): void
}

/**
 * Mounts a tmpfs of `size` (e.g. "96k") when this process may (root with mount rights, as in CI's
 * container); returns null otherwise so the caller can say why the row is skipped.
 */
export const mountSmallDisk = (size: string): SmallDisk | null => {
  const path = mkdtempSync(join(tmpdir(), 'patkeeper-disk-'))
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', path], { stdio: 'ignore' })
  if (mounted.status !== 0) {
    rmSync(path, { recursive: true, force: true })
    return null
  }
  return {
    path,
    readOnly: (on) => void execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, path]),
    unmount: () => {
      spawnSync('umount', ['-l', path], { stdio: 'ignore' })
      rmSync(path, { recursive: true, force: true })
    },
  }
}

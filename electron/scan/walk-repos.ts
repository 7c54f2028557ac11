import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** Folders never worth entering when looking for repositories (dependency and cache trees). */
const SKIP = new Set(['node_modules', '.cache', '.npm', '.cargo', '.rustup', 'vendor', '.venv', '__pycache__', '.Trash'])

/** How deep below a chosen folder repositories are looked for. */
export const MAX_DEPTH = 6

/**
 * Finds git repositories (folders with a `.git` folder) under `roots`, calling `visit` for each. A repository's
 * own tree is not entered (nested repositories are rare and their working trees can be huge); symlinks are
 * not followed, so a link loop cannot hang the scan. Unreadable folders are reported through `problem`.
 */
export const walkRepositories = async (
  roots: string[],
  visit: (repo: string, entries: Dirent[]) => Promise<void>,
  problem: (path: string, code: string) => void,
  signal?: AbortSignal,
): Promise<void> => {
  const queue: { dir: string; depth: number }[] = roots.map((dir) => ({ dir, depth: 0 }))
  while (queue.length) {
    if (signal?.aborted) return
    const { dir, depth } = queue.shift()!
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      problem(dir, (error as NodeJS.ErrnoException).code ?? 'error')
      continue
    }
    if (entries.some((e) => e.name === '.git' && e.isDirectory())) {
      await visit(dir, entries)
      continue
    }
    if (depth >= MAX_DEPTH) continue
    for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name) && e.name !== '.git') queue.push({ dir: join(dir, e.name), depth: depth + 1 })
  }
}

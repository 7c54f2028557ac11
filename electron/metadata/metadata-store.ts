import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../errors/app-error'
import type { Logger } from '../log/logger'
import { writeFileAtomic } from './atomic-file'
import { acquireFileLock } from './file-lock'
import { emptyDoc, parseDoc, UnreadableDoc, type MetadataDoc } from './metadata-doc'
import { GET_PATKEEPER } from '../../shared/cli/get-patkeeper'

export type { MetadataDoc } from './metadata-doc'

/** Name of the metadata file inside the data folder. */
export const METADATA_FILE = 'metadata.json'

/** The metadata file: reads are lock-free (renames are atomic), updates are serialized across processes. */
export interface MetadataStore {
  /** Path of the metadata file. */
  readonly path: string
  read(): Promise<MetadataDoc>
  /** Runs `mutate` on the current document under the lock and saves it; returns what `mutate` returned. */
  update<T>(mutate: (doc: MetadataDoc) => T): Promise<T>
}

/** Paths of the metadata file and its companions. */
export const metadataPaths = (dataDir: string) => {
  const file = join(dataDir, METADATA_FILE)
  return { file, backup: `${file}.bak`, lock: `${file}.lock` }
}

/**
 * Creates the store for a data folder. A damaged file is copied aside (metadata.corrupt-<hash>.json); the
 * last good copy (metadata.json.bak) is restored when it parses, and the caller gets AppError
 * 'metadata-corrupt' either way: the store never silently starts empty over a damaged file.
 */
export const createMetadataStore = (dataDir: string, log?: Logger): MetadataStore => {
  const paths = metadataPaths(dataDir)
  let queue: Promise<unknown> = Promise.resolve() // serializes this process's updates before the file lock

  const setAside = (text: string): string => {
    const aside = join(dataDir, `metadata.corrupt-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`)
    if (!existsSync(aside)) writeFileAtomic(aside, text)
    return aside
  }

  /** Reads and parses; null when there is no file yet. Throws metadata-corrupt after setting a damaged file aside. */
  const load = (): { doc: MetadataDoc; text: string } | null => {
    let text: string
    try {
      text = readFileSync(paths.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new AppError('metadata-corrupt', `PAT Keeper cannot read its data file ${paths.file} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check its permissions; nothing was changed.`)
    }
    try {
      return { doc: parseDoc(text), text }
    } catch (error) {
      if (!(error instanceof UnreadableDoc)) throw error
      const aside = setAside(text)
      log?.error(`metadata: ${paths.file} is unreadable (${error.message}); copy kept at ${aside}`)
      let restored = false
      try {
        const backup = readFileSync(paths.backup, 'utf8')
        parseDoc(backup)
        writeFileAtomic(paths.file, backup)
        restored = true
      } catch {
        /* no usable backup: leave the damaged file where it is rather than start empty */
      }
      throw new AppError(
        'metadata-corrupt',
        restored
          ? `PAT Keeper's data file was damaged (${error.message}). The last good copy was restored; the most recent change may be missing. The damaged file was kept as ${aside}. Try again.`
          : `PAT Keeper's data file ${paths.file} cannot be used (${error.message}). A copy was kept as ${aside} and nothing was changed. Restore it from a backup, or move it away to start a new list (your secrets stay in the keychain; "patkeeper doctor" lists them). ${GET_PATKEEPER}`,
      )
    }
  }

  const runUpdate = async <T>(mutate: (doc: MetadataDoc) => T): Promise<T> => {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    const release = await acquireFileLock(paths.lock)
    try {
      const current = load()
      const doc = current?.doc ?? emptyDoc()
      const result = mutate(doc)
      // Keep the last good copy first, so a crash at any point leaves either the old or the new file whole.
      try {
        if (current) writeFileAtomic(paths.backup, current.text)
        writeFileAtomic(paths.file, `${JSON.stringify(doc, null, 2)}\n`)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error'
        throw new AppError('storage-failed', `PAT Keeper could not save ${paths.file} (${code}). The previous version is unchanged; free disk space or fix the folder's permissions and try again.`, { cause: error })
      }
      return result
    } finally {
      release()
    }
  }

  return {
    path: paths.file,
    read: async () => load()?.doc ?? emptyDoc(),
    update: <T>(mutate: (doc: MetadataDoc) => T): Promise<T> => {
      const next = queue.then(() => runUpdate(mutate))
      queue = next.catch(() => undefined)
      return next
    },
  }
}

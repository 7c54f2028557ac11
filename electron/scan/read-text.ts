import { readFileSync } from 'node:fs'

/** A file's text, or null when it does not exist (any other read error is thrown to the caller). */
export const readTextIfExists = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw error
  }
}

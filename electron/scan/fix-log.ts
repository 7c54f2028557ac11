import { join } from 'node:path'
import type { FixRecord } from '../../shared/domain/health'
import { AppError } from '../errors/app-error'
import { writeFileAtomic } from '../metadata/atomic-file'
import { readTextIfExists } from './read-text'

/** The fixes made from the Health screen or `patkeeper scan --fix`, kept for undo (no secrets in it). */
export interface FixLog {
  list(): FixRecord[]
  add(record: FixRecord): void
  update(id: string, patch: Partial<FixRecord>): FixRecord
}

/**
 * `health-fixes.json` in the data folder, written atomically. A file that cannot be parsed is reported,
 * never replaced silently, because it is what makes undo possible.
 */
export const createFixLog = (dataDir: string): FixLog => {
  const file = join(dataDir, 'health-fixes.json')
  const read = (): FixRecord[] => {
    const text = readTextIfExists(file)
    if (text === null) return []
    try {
      const doc = JSON.parse(text) as { version: 1; fixes: FixRecord[] }
      if (Array.isArray(doc.fixes)) return doc.fixes
    } catch {
      /* reported below */
    }
    throw new AppError('invalid-input', `${file} is damaged, so earlier fixes cannot be undone from PAT Keeper. Their backups are still next to the fixed files; move ${file} aside to start a new list.`)
  }
  const write = (fixes: FixRecord[]) => writeFileAtomic(file, `${JSON.stringify({ version: 1, fixes }, null, 2)}\n`)
  return {
    list: read,
    add: (record) => write([...read(), record]),
    update: (id, patch) => {
      const fixes = read()
      const i = fixes.findIndex((f) => f.id === id)
      if (i < 0) throw new Error(`no fix ${id}`)
      fixes[i] = { ...fixes[i]!, ...patch }
      write(fixes)
      return fixes[i]!
    },
  }
}

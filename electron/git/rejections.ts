import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitRejection } from '../../shared/domain/git'

export type { GitRejection }

// When git's server refuses a token, git calls the helper's `erase`. PAT Keeper never deletes the keychain
// item then (a flaky server or a wrong path must not cost the user a token); it records the refusal here so
// the app can say "git was refused with this token". An append-only file, because the helper runs beside the
// app and must not rewrite the metadata document behind its back (appends of one short line are atomic).


/** The file holding refusals, one JSON object per line. */
export const rejectionsFile = (dataDir: string): string => join(dataDir, 'git-rejections.jsonl')

/** Appends one refusal. */
export const recordRejection = (dataDir: string, rejection: GitRejection): void => {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  appendFileSync(rejectionsFile(dataDir), `${JSON.stringify(rejection)}\n`, { mode: 0o600 })
}

/** Reads refusals (newest last), skipping damaged lines; none when the file does not exist. */
export const readRejections = (dataDir: string): GitRejection[] => {
  let text: string
  try {
    text = readFileSync(rejectionsFile(dataDir), 'utf8')
  } catch {
    return []
  }
  const out: GitRejection[] = []
  for (const line of text.split('\n')) {
    try {
      const value = JSON.parse(line) as GitRejection
      if (typeof value.tokenId === 'string' && typeof value.at === 'string' && typeof value.url === 'string') out.push(value)
    } catch {
      /* a partial or damaged line: skip */
    }
  }
  return out
}

import * as keytarModule from 'keytar'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

type Keytar = typeof import('keytar')
const keytar: Keytar = ((keytarModule as unknown as { default?: Keytar }).default ?? keytarModule) as Keytar

/** Everything that counts as "state" for a test: data folder files, extra files, keychain items. */
export interface StateSnapshot {
  /** Relative path -> sha256 of every file under the data folder. */
  files: Record<string, string>
  /** Extra files (e.g. a git global config) -> sha256, or 'absent'. */
  extra: Record<string, string>
  /** Keychain account -> sha256 of its secret, for one service. */
  keychain: Record<string, string>
}

const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

/**
 * A file's content hash; files over 4 MB (the installed ~110 MB patkeeper executable in <data dir>/bin) by
 * size and modification time, so snapshots taken around every fuzzed call stay cheap.
 */
const fileHash = (path: string): string => {
  const stat = statSync(path)
  return stat.size > 4 * 1024 * 1024 ? `size:${stat.size}:mtime:${stat.mtimeMs}` : hash(readFileSync(path))
}

/** Hashes of every file under a folder (recursively); empty when the folder does not exist. */
export const folderHashes = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {}
  if (!existsSync(dir)) return out
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) out[relative(dir, path)] = fileHash(path)
      else out[relative(dir, path)] = `${entry.isSymbolicLink() ? 'symlink' : 'other'}:${statSync(path, { throwIfNoEntry: false })?.size ?? 0}`
    }
  }
  walk(dir)
  return out
}

/** Keychain items of one service, read straight from the Secret Service (not through the code under test). */
export const keychainItems = async (service: string): Promise<Record<string, string>> => {
  const found = await keytar.findCredentials(service)
  return Object.fromEntries(found.map((c) => [c.account, hash(c.password)]).sort(([a], [b]) => String(a).localeCompare(String(b))))
}

/** The secret of one item, read straight from the keychain (null when absent). */
export const keychainSecret = (service: string, account: string): Promise<string | null> => keytar.getPassword(service, account)

/** Takes a snapshot of the data folder, extra files and (unless skipped) the keychain. */
export const snapshot = async (dataDir: string, service: string, extraFiles: readonly string[] = [], withKeychain = true): Promise<StateSnapshot> => ({
  files: folderHashes(dataDir),
  extra: Object.fromEntries(extraFiles.map((f) => [f, existsSync(f) ? hash(readFileSync(f)) : 'absent'])),
  keychain: withKeychain ? await keychainItems(service) : {},
})

import type { HelperConflict } from '../../shared/domain/git'
import type { GitRunner } from './git-runner'
import { pathSegments } from './git-target'

/** One `credential.*helper` entry as git reads it, in git's reading order (system, global, local, command). */
export interface HelperEntry {
  scope: string
  origin: string
  /** The URL of `credential.<url>.helper`, or undefined for the plain `credential.helper`. */
  url?: string
  value: string
}

/** Reads every credential helper entry git sees from `cwd` (all scopes), in the order git applies them. */
export const readHelperEntries = async (git: GitRunner, cwd?: string): Promise<HelperEntry[]> => {
  const result = await git(['config', '--show-scope', '--show-origin', '--null', '--get-regexp', '^credential\\..*helper$'], { cwd })
  if (result.code !== 0) return []
  const fields = result.stdout.split('\0')
  const entries: HelperEntry[] = []
  // With --null: scope NUL origin NUL key NL value NUL, repeated.
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const [scope, origin, kv] = [fields[i]!, fields[i + 1]!, fields[i + 2]!]
    const nl = kv.indexOf('\n')
    const key = nl < 0 ? kv : kv.slice(0, nl)
    const value = nl < 0 ? '' : kv.slice(nl + 1)
    const url = key.toLowerCase() === 'credential.helper' ? undefined : key.slice('credential.'.length, -'.helper'.length)
    entries.push({ scope, origin: origin.replace(/^file:/, ''), value, ...(url !== undefined ? { url } : {}) })
  }
  return entries
}

/** True when a `credential.<pattern>` section applies to `url` (same scheme and host, path prefix by segment). */
export const urlApplies = (pattern: string, url: string): boolean => {
  try {
    const p = new URL(pattern.includes('://') ? pattern : `https://${pattern}`)
    const u = new URL(url)
    if (pattern.includes('://') && p.protocol !== u.protocol) return false
    if (p.host.toLowerCase() !== u.host.toLowerCase()) return false
    const pp = pathSegments(p.pathname)
    const up = pathSegments(u.pathname)
    return pp.every((s, i) => up[i] === s)
  } catch {
    return false
  }
}

/** Names a helper value. */
export const helperKind = (value: string): HelperConflict['kind'] => {
  const v = value.toLowerCase()
  if (/osxkeychain/.test(v)) return 'osxkeychain'
  if (/(^|[\s/\\])(git-credential-)?manager(-core)?(\.exe)?(\s|$)/.test(v) || /credential-manager/.test(v)) return 'manager'
  if (/\bgh(\.exe)?['"]?\s+auth\s+git-credential/.test(v)) return 'gh'
  if (/codecommit\s+credential-helper/.test(v)) return 'aws-codecommit'
  if (/^store(\s|$)|credential-store/.test(v)) return 'store'
  if (/^cache(\s|$)|credential-cache/.test(v)) return 'cache'
  if (/libsecret/.test(v)) return 'libsecret'
  if (/wincred/.test(v)) return 'wincred'
  return 'other'
}

const AFTER: Record<HelperConflict['kind'], string> = {
  osxkeychain: 'git will also hand the token to the macOS keychain helper after each success, leaving a second copy that goes stale when you rotate.',
  manager: 'Git Credential Manager comes after PAT Keeper here; it may save its own copy or open a sign-in window when PAT Keeper has no answer.',
  store: 'git will write the token in plain text to ~/.git-credentials after each success. Remove that helper (or this entry) to keep the token only in the keychain.',
  cache: 'git will keep the token in memory for a while after each success; harmless, but a rotated token may be served stale until the cache expires.',
  gh: "GitHub CLI's helper comes after PAT Keeper; it only answers when PAT Keeper has none, with gh's own token.",
  'aws-codecommit': "The AWS CLI helper comes after PAT Keeper; it only answers when PAT Keeper has none, with the AWS CLI profile's keys.",
  libsecret: 'git will also save the token through libsecret after each success, leaving a second copy that goes stale when you rotate.',
  wincred: 'git will also save the token in Windows Credential Manager after each success, leaving a second copy that goes stale when you rotate.',
  other: 'git still asks this helper after PAT Keeper, and sends it the token to store after each success.',
}

/**
 * Explains helpers configured elsewhere for `url`, given where PAT Keeper's entry goes (after the last
 * entry for the same URL in its file, else at the end of that file): helpers git reads before it are reset
 * by its empty entry (git stops asking them for this URL); helpers read after it (a repository's own
 * config, later lines) still run and are sent the token to store.
 */
export const explainConflicts = (entries: HelperEntry[], url: string, ours: { scope: 'global' | 'repo'; command: string }): HelperConflict[] => {
  const ourScope = ours.scope === 'global' ? 'global' : 'local'
  const order = ['system', 'global', 'local', 'worktree', 'command']
  const rankOf = (scope: string) => order.indexOf(scope)
  const existing = entries.filter((e) => !(e.scope === ourScope && e.url === url && (e.value === '' || e.value === ours.command)))
  let insertAt = existing.reduce((at, e, i) => (e.scope === ourScope && e.url === url ? i + 1 : at), -1)
  if (insertAt < 0) insertAt = existing.reduce((at, e, i) => (rankOf(e.scope) <= rankOf(ourScope) ? i + 1 : at), 0)
  return existing
    .map((e, i) => ({ e, later: i >= insertAt }))
    .filter(({ e }) => (e.url === undefined || urlApplies(e.url, url)) && e.value !== '')
    .map(({ e, later }): HelperConflict => {
      const kind = helperKind(e.value)
      return {
        helper: e.value,
        kind,
        scope: e.scope,
        origin: e.origin,
        effect: later ? 'after' : 'reset',
        explanation: later ? AFTER[kind] : `PAT Keeper's empty helper entry stops git asking "${e.value}" for ${url}; other URLs keep using it. Undo restores it.`,
      }
    })
}

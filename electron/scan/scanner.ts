import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { ScanFinding, ScanProgress, ScanReport } from '../../shared/domain/health'
import { maskSecret } from '../import/importer'
import type { Redactor } from '../log/redact'
import { fixCommands, fixModeOf } from './fix-commands'
import { hostOf } from './host-of'
import { secretHash, type KeptIndex } from './kept-index'
import { toolFiles } from './locations'
import { parseFile } from './parse-file'
import type { RawFinding } from './raw-finding'
import { readTextIfExists } from './read-text'
import { walkRepositories } from './walk-repos'

/** What to scan: the user's own tool files, and repositories under the folders the user chose. */
export interface ScanRequest {
  /** Folders to search for repositories (never searched unless the user names them). */
  folders: string[]
  /** Also read ~/.netrc, ~/.npmrc, gh, glab, Docker and git credential files (default true). */
  toolFiles?: boolean
  onProgress?: (p: ScanProgress) => void
  signal?: AbortSignal
}

/** What the scanner needs: the user's home and environment, the redactor, and the kept-secret index. */
export interface ScanDeps {
  home: string
  env: Readonly<Record<string, string | undefined>>
  redactor: Redactor
  kept: () => Promise<KeptIndex>
}

/** A finding's stable key: where it is, not what it holds. */
export const findingKey = (f: RawFinding): string =>
  createHash('sha256').update([f.kind, f.file, f.line, f.hostname, f.username ?? '', f.remote ?? '', f.urlKey ?? ''].join('\n')).digest('hex').slice(0, 16)

/** The renderer-safe view of a raw finding (masked; "kept" decided here by hash). */
export const toFinding = (f: RawFinding, kept: KeptIndex): ScanFinding => {
  const guess = hostOf(f)
  const keptAs = kept.get(secretHash(f.secret))
  const fix = fixModeOf(f.kind)
  return {
    key: findingKey(f), kind: f.kind, file: f.file, line: f.line, hostname: f.hostname, host: guess.host,
    ...(f.username ? { username: f.username } : {}), masked: maskSecret(f.secret),
    ...(keptAs ? { keptAs } : {}), ...(f.repo ? { repo: f.repo } : {}), ...(f.remote ? { remote: f.remote } : {}),
    fix, ...(fix === 'command' ? { commands: fixCommands(f) } : {}),
  }
}

/** Reads every place tokens leak to and returns masked findings, plus the raw ones for main-side fixes. */
export const scanForPlaintext = async (req: ScanRequest, deps: ScanDeps): Promise<{ report: ScanReport; raw: RawFinding[] }> => {
  const raw: RawFinding[] = []
  const problems: string[] = []
  let filesRead = 0
  let repositories = 0
  const progress = (phase: ScanProgress['phase'], current?: string) =>
    req.onProgress?.({ phase, done: phase === 'files' ? filesRead : repositories, findings: raw.length, ...(current ? { current } : {}) })
  const take = async (kind: RawFinding['kind'], path: string, repo?: string) => {
    let text: string | null
    try {
      text = readTextIfExists(path)
    } catch (error) {
      problems.push(`Could not read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check its permissions.`)
      return
    }
    if (text === null) return
    filesRead++
    for (const f of parseFile(kind, path, text, repo)) {
      deps.redactor.remember(f.secret)
      raw.push(f)
    }
  }
  if (req.toolFiles !== false) {
    for (const file of toolFiles(deps.home, deps.env)) {
      await take(file.kind, file.path)
      progress('files', file.path)
    }
  }
  let lastReport = 0
  await walkRepositories(
    req.folders,
    async (repo, entries) => {
      repositories++
      await take('git-remote', join(repo, '.git', 'config'), repo)
      if (entries.some((e) => e.name === '.npmrc' && e.isFile())) await take('npmrc', join(repo, '.npmrc'), repo)
      if (repositories - lastReport >= 50) {
        lastReport = repositories
        progress('repositories', repo)
      }
    },
    (path, code) => problems.push(`Could not open the folder ${path} (${code}); check that it exists and you may read it.`),
    req.signal,
  )
  const kept = await deps.kept()
  const findings = raw.map((f) => toFinding(f, kept))
  progress('done')
  return { report: { findings, filesRead, repositories, problems }, raw }
}

import { existsSync } from 'node:fs'
import { AppError } from '../errors/app-error'
import type { MetadataStore } from '../metadata/metadata-store'
import { keysFor } from './config-change'
import { readHelperEntries } from './conflicts'
import { GitConfig, type ConfigScope } from './git-config'
import type { GitRunner } from './git-runner'
import { HELPER_SUBCOMMAND, isPatKeeperHelper, shellQuote } from './helper-command'

/** A PAT Keeper helper line in a git config that does not name the current installed executable. */
export interface StaleHelper {
  scope: 'global' | 'repo'
  repoPath?: string
  /** The `credential.<url>` it belongs to ('' for a plain `credential.helper`). */
  url: string
  value: string
  /** What it should be: the same profile settings, the current executable. */
  replacement: string
  /** One sentence on what is wrong with it. */
  problem: string
}

/** `NAME='value' ` assignments at the start of a `!` helper (helperCommand writes them this way). */
const ENV_PREFIX = /^!((?:[A-Za-z_][A-Za-z0-9_]*='(?:[^']|'\\'')*' )*)(.*)$/s

/** The executable path a helper line runs (unquoted), for the problem text. */
const commandPath = (rest: string): string => (/^'((?:[^']|'\\'')*)'/.exec(rest)?.[1] ?? rest.split(' ')[0] ?? '').replace(/'\\''/g, "'")

/**
 * The current form of a PAT Keeper helper line: its profile variables kept (PATKEEPER_HOME, …), any
 * app-as-Node variable dropped (packaged apps ignore it: the RunAsNode fuse is off), and the installed
 * executable with `credential`.
 */
export const repairedHelper = (value: string, executable: string): string => {
  const [, prefix = ''] = ENV_PREFIX.exec(value) ?? []
  const env = (prefix.match(/[A-Za-z_][A-Za-z0-9_]*='(?:[^']|'\\'')*' /g) ?? []).filter((a) => !/^ELECTRON_RUN_AS_NODE=/.test(a))
  return `!${env.join('')}${shellQuote(executable)} ${HELPER_SUBCOMMAND}`
}

const problemOf = (value: string): string => {
  if (/ELECTRON_RUN_AS_NODE=/.test(value)) return 'uses the old form that runs the app itself as git\'s helper, which an installed app ignores (git would start the app and wait)'
  const path = commandPath(ENV_PREFIX.exec(value)?.[2] ?? '')
  if (path && !existsSync(path)) return `runs ${path}, which no longer exists`
  return `runs ${path || 'an older helper'} instead of the installed patkeeper`
}

/** Scopes to look in: the global file, and every repository a recorded setup wrote to (that still exists). */
const scopesOf = async (metadata: MetadataStore): Promise<ConfigScope[]> => {
  const repos = new Set((await metadata.read()).gitChanges.filter((c) => c.scope === 'repo' && c.repoPath).map((c) => c.repoPath!))
  return [{ scope: 'global' }, ...[...repos].filter((r) => existsSync(r)).map((repoPath): ConfigScope => ({ scope: 'repo', repoPath }))]
}

/**
 * Finds PAT Keeper helper lines (recorded setups and any other in the global file) that do not run the
 * installed executable: an old or moved build, a deleted one, or the first version's app-binary-as-Node form;
 * also current lines whose executable is not installed (yet, or any more).
 */
export const findStaleHelpers = async (deps: { metadata: MetadataStore; git: GitRunner }, executable: string): Promise<StaleHelper[]> => {
  const stale: StaleHelper[] = []
  for (const where of await scopesOf(deps.metadata)) {
    const entries = await readHelperEntries(deps.git, where.repoPath)
    const mine = entries.filter((e) => (where.scope === 'global' ? e.scope === 'global' : e.scope === 'local'))
    for (const e of mine) {
      if (!isPatKeeperHelper(e.value)) continue
      const replacement = repairedHelper(e.value, executable)
      const missing = replacement === e.value && !existsSync(executable)
      if ((replacement === e.value && !missing) || stale.some((s) => s.repoPath === where.repoPath && s.url === (e.url ?? '') && s.value === e.value)) continue
      stale.push({ scope: where.scope, ...(where.repoPath ? { repoPath: where.repoPath } : {}), url: e.url ?? '', value: e.value, replacement, problem: missing ? `runs ${executable}, which is not installed (the repair installs it)` : problemOf(e.value) })
    }
  }
  return stale
}

/**
 * Rewrites each stale line in place through `git config --replace-all --fixed-value` (its place in the
 * helper list, and so git's order, is kept), and updates the undo records that named the old line, so
 * "Undo" still removes exactly what setup added. Returns one line per repair.
 */
export const repairStaleHelpers = async (deps: { metadata: MetadataStore; git: GitRunner }, stale: StaleHelper[]): Promise<string[]> => {
  const done: string[] = []
  for (const s of stale) {
    const cfg = new GitConfig(deps.git, { scope: s.scope, ...(s.repoPath ? { repoPath: s.repoPath } : {}) })
    const key = s.url ? keysFor(s.url).helper : 'credential.helper'
    await cfg.replaceExact(key, s.replacement, s.value).catch((error: unknown) => {
      throw new AppError('git-failed', `${(error as Error).message} ${done.length ? `Already repaired: ${done.join('; ')}.` : ''}`.trim())
    })
    await deps.metadata.update((doc) => {
      for (const c of doc.gitChanges)
        if (c.details.helperCommand === s.value && c.scope === s.scope && c.repoPath === s.repoPath && c.details.url === s.url) {
          c.details.replacedHelpers = [...((c.details.replacedHelpers as string[] | undefined) ?? []), s.value]
          c.details.helperCommand = s.replacement
        }
    })
    done.push(`${s.scope === 'global' ? 'global git config' : s.repoPath}: ${key} now runs the installed patkeeper`)
  }
  return done
}

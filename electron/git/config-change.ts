import { existsSync, unlinkSync, statSync } from 'node:fs'
import { AppError } from '../errors/app-error'
import type { GitConfig } from './git-config'

/** What a change found before writing, so undo can put exactly that back. */
export interface ChangeDetails {
  url: string
  helperCommand: string
  username: string
  useHttpPath: boolean
  /** Values of `credential.<url>.helper` in this file before the change. */
  priorHelpers: string[]
  /** Prior values of keys the change set; null when it did not touch the key. */
  priorUsername: string[] | null
  priorUseHttpPath: string[] | null
  /** Whether the `[credential "<url>"]` section had any entry before (if not, undo removes the header git leaves). */
  sectionHadEntries: boolean
  /** The config file and whether it existed (undo removes a file the change created, once it is empty again). */
  file?: string
  fileExisted: boolean
  addedHelper: boolean
}

/** Keys of the `credential.<url>` section. */
export const keysFor = (url: string) => ({ section: `credential.${url}`, helper: `credential.${url}.helper`, username: `credential.${url}.username`, useHttpPath: `credential.${url}.useHttpPath` })

const q = (s: string) => (/^[\w.:/@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)

/** Reads the current state and works out the exact commands (as the user will see them) and the undo details. */
export const planChange = async (cfg: GitConfig, want: { url: string; helperCommand: string; username: string; useHttpPath: boolean; file?: string }) => {
  const keys = keysFor(want.url)
  const priorHelpers = await cfg.getAll(keys.helper)
  const priorUsername = await cfg.getAll(keys.username)
  const priorUseHttpPath = await cfg.getAll(keys.useHttpPath)
  const sectionHadEntries = (await cfg.entriesUnder(keys.section)).length > 0
  const addedHelper = !(priorHelpers.length >= 2 && priorHelpers.at(-2) === '' && priorHelpers.at(-1) === want.helperCommand)
  // username and useHttpPath: git uses the last value, so we add ours after any earlier one instead of
  // rewriting that line (git would reformat it); undo then removes exactly our line.
  const setUsername = priorUsername.at(-1) !== want.username
  const setHttpPath = want.useHttpPath && priorUseHttpPath.at(-1)?.toLowerCase() !== 'true'
  const flag = cfg.target.scope === 'global' ? '--global' : '--local'
  const commands: string[] = []
  if (addedHelper) commands.push(`git config ${flag} --add ${q(keys.helper)} ''`, `git config ${flag} --add ${q(keys.helper)} ${q(want.helperCommand)}`)
  if (setUsername) commands.push(`git config ${flag} --add ${q(keys.username)} ${q(want.username)}`)
  if (setHttpPath) commands.push(`git config ${flag} --add ${q(keys.useHttpPath)} true`)
  const details: ChangeDetails = {
    ...want,
    priorHelpers,
    priorUsername: setUsername ? priorUsername : null,
    priorUseHttpPath: setHttpPath ? priorUseHttpPath : null,
    sectionHadEntries,
    fileExisted: want.file ? existsSync(want.file) : true,
    addedHelper,
  }
  return { commands, details }
}

/** Removes the one value we added; if that is ambiguous or edited since, puts the earlier values back. */
const removeAdded = async (cfg: GitConfig, key: string, value: string, prior: string[]): Promise<string[]> => {
  if (!prior.includes(value) && (await cfg.unsetExact(key, value))) {
    if ((await cfg.getAll(key)).join('\0') === prior.join('\0')) return []
  }
  await cfg.unsetAll(key)
  for (const v of prior) await cfg.add(key, v)
  return prior.length ? [`${key} was restored to its earlier value; its position in the section may differ.`] : []
}

/** Writes the change through `git config`. */
export const applyChange = async (cfg: GitConfig, d: ChangeDetails): Promise<void> => {
  const keys = keysFor(d.url)
  if (d.addedHelper) {
    await cfg.add(keys.helper, '')
    await cfg.add(keys.helper, d.helperCommand)
  }
  if (d.priorUsername) await cfg.add(keys.username, d.username)
  if (d.priorUseHttpPath) await cfg.add(keys.useHttpPath, 'true')
}

/**
 * Reverts a change through `git config`: single values are set back in place, our two helper entries are
 * removed one by one (so other entries keep their place), the section header git leaves behind after the
 * last `--unset` is removed when the change created the section, and a config file the change created is
 * removed once it is empty again. Returns notes about anything that could not be restored exactly.
 */
export const revertChange = async (cfg: GitConfig, d: ChangeDetails): Promise<string[]> => {
  const keys = keysFor(d.url)
  const notes: string[] = []
  if (d.addedHelper) {
    const removedOurs = await cfg.unsetExact(keys.helper, d.helperCommand)
    const removedEmpty = d.priorHelpers.includes('') ? false : await cfg.unsetExact(keys.helper, '')
    const now = await cfg.getAll(keys.helper)
    if (!removedOurs || !removedEmpty || now.join('\0') !== d.priorHelpers.join('\0')) {
      // Someone edited these entries since, or the earlier list had its own empty entry: restore the values.
      if (now.join('\0') !== d.priorHelpers.join('\0')) {
        await cfg.unsetAll(keys.helper)
        for (const v of d.priorHelpers) await cfg.add(keys.helper, v)
        if (d.priorHelpers.length) notes.push(`${keys.helper} was restored to its earlier values; their position in the section may differ.`)
      }
    }
  }
  if (d.priorUsername) notes.push(...(await removeAdded(cfg, keys.username, d.username, d.priorUsername)))
  if (d.priorUseHttpPath) notes.push(...(await removeAdded(cfg, keys.useHttpPath, 'true', d.priorUseHttpPath)))
  if (!d.sectionHadEntries && (await cfg.entriesUnder(keys.section)).length === 0) await cfg.removeSection(keys.section)
  if (d.file && !d.fileExisted && existsSync(d.file) && statSync(d.file).size === 0) {
    try {
      unlinkSync(d.file)
    } catch (error) {
      throw new AppError('git-failed', `The git settings were undone, but the empty file ${d.file} could not be removed (${(error as NodeJS.ErrnoException).code}).`)
    }
  }
  return notes
}

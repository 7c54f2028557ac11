import { AppError } from '../errors/app-error'
import type { GitRunner } from './git-runner'

/** Which config file a change goes to: the user's global file, or one repository's own file. */
export interface ConfigScope {
  scope: 'global' | 'repo'
  repoPath?: string
}

/** The `git config` location flag and working folder for a scope. */
const where = (s: ConfigScope): { flag: string; cwd?: string } => (s.scope === 'global' ? { flag: '--global' } : { flag: '--local', cwd: s.repoPath })

/**
 * Reads and writes git configuration ONLY through `git config` (never by editing files), for one scope.
 * Every write that fails throws AppError 'git-failed' with git's own words.
 */
export class GitConfig {
  constructor(
    private readonly git: GitRunner,
    readonly target: ConfigScope,
  ) {}

  private async run(args: string[], allow: number[] = [0]) {
    // A CR or LF in a value would end the line in the config file (git refuses CRs in credential values).
    if (args.some((a) => /[\r\n\0]/.test(a))) throw new AppError('invalid-input', 'A git setting cannot contain line breaks. Nothing was changed.')
    const { flag, cwd } = where(this.target)
    const result = await this.git(['config', flag, ...args], { cwd })
    if (!allow.includes(result.code)) {
      const detail = (result.stderr.trim().split('\n')[0] || `exit ${result.code}`).replace(/[.?!]+$/, (end) => (end.startsWith('?') ? '?' : ''))
      // Another git (or editor) holding <file>.lock is the common cause: say what to do about it.
      const advice = /could not lock config file/.test(detail) ? ' Another program is changing that file: wait for it to finish (or delete the .lock file if nothing is running), then try again.' : ''
      throw new AppError('git-failed', `git config ${args[0]} failed: ${detail}${detail.endsWith('?') ? '' : '.'} Nothing else was changed.${advice}`)
    }
    return result
  }

  /** All values of a key in this scope's file, in file order ([] when unset). */
  async getAll(key: string): Promise<string[]> {
    const result = await this.run(['--get-all', '--null', key], [0, 1])
    return result.code === 1 ? [] : result.stdout.split('\0').slice(0, -1)
  }

  /** Every `key value` entry whose key starts with `prefix.` (git lower-cases section and key names). */
  async entriesUnder(section: string): Promise<[string, string][]> {
    const result = await this.run(['--null', '--list'], [0, 1, 128])
    if (result.code !== 0) return []
    const lower = `${section.toLowerCase()}.`
    return result.stdout
      .split('\0')
      .filter((e) => e !== '')
      .map((e): [string, string] => {
        const nl = e.indexOf('\n')
        return nl < 0 ? [e, ''] : [e.slice(0, nl), e.slice(nl + 1)]
      })
      .filter(([key]) => key.toLowerCase().startsWith(lower) && key.slice(lower.length).indexOf('.') < 0)
  }

  /** Appends one value to a multi-valued key. */
  add = (key: string, value: string) => this.run(['--add', key, value]).then(() => undefined)
  /** Sets a single-valued key in place (replaces its one value). */
  set = (key: string, value: string) => this.run([key, value]).then(() => undefined)
  /** Removes every value of a key (no error when it has none). */
  unsetAll = (key: string) => this.run(['--unset-all', key], [0, 5]).then(() => undefined)
  /** Removes the one value exactly equal to `value`; false when there is none or several. */
  unsetExact = async (key: string, value: string): Promise<boolean> => (await this.run(['--unset', '--fixed-value', key, value], [0, 5])).code === 0
  /** Replaces, in place, every value exactly equal to `old` with `value` (other values keep their place). */
  replaceExact = (key: string, value: string, old: string) => this.run(['--replace-all', '--fixed-value', key, value, old]).then(() => undefined)
  /** Removes a section header left empty (git keeps it after --unset); false when there is none. */
  removeSection = async (section: string): Promise<boolean> => (await this.run(['--remove-section', section], [0, 1, 3, 128])).code === 0
}

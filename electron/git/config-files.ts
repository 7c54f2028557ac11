import { existsSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { AppError } from '../errors/app-error'
import type { GitRunner } from './git-runner'

/** The file `git config --global` writes to: GIT_CONFIG_GLOBAL, else ~/.gitconfig (or the XDG file when only it exists). */
export const globalConfigFile = (env: Readonly<Record<string, string | undefined>>, homedir: string): string => {
  if (env.GIT_CONFIG_GLOBAL) return env.GIT_CONFIG_GLOBAL
  const home = env.HOME || homedir
  const classic = join(home, '.gitconfig')
  const xdg = join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config')
  return !existsSync(classic) && existsSync(xdg) ? xdg : classic
}

/** Checks that `path` is inside a git working tree and returns its top folder; explains what to do otherwise. */
export const repoTopLevel = async (git: GitRunner, path: string): Promise<string> => {
  // Only a full path: a relative one would resolve against this process's working folder (for the app, not
  // a folder the user chose). The CLI resolves --repo against the user's own folder before calling this.
  if (!isAbsolute(path)) throw new AppError('invalid-input', `"${path}" is not a full path. Give the full path of the repository folder.`)
  const absolute = resolve(path)
  if (!existsSync(absolute)) throw new AppError('invalid-input', `The folder ${absolute} does not exist. Choose the folder of a cloned repository.`)
  const result = await git(['rev-parse', '--show-toplevel'], { cwd: absolute })
  if (result.code !== 0) throw new AppError('invalid-input', `${absolute} is not inside a git repository. Choose a cloned repository's folder, or use the global setting.`)
  return result.stdout.trim()
}

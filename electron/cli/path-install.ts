import { existsSync, lstatSync, mkdirSync, readlinkSync, realpathSync, symlinkSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { windowsCliToolMessage } from '../../shared/cli/get-patkeeper'
import type { CliToolStatus } from '../../shared/ipc/channels/app'
import { AppError } from '../errors/app-error'
import { currentSearch, ensureInstalledExecutable, executableName, findShippedExecutable, installedExecutablePath, type ExecutableSearch } from '../git/helper-install'

/** What the PATH install depends on. */
export interface PathInstallDeps {
  dataDir: string
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  homedir: string
  /** Where the shipped executable is looked for (defaults to this process's). */
  search?: ExecutableSearch
}

/**
 * The folder Settings links `patkeeper` into: `~/.local/bin`, the per-user bin folder of the XDG base
 * directory spec ("User-specific executable files may be stored in $HOME/.local/bin"), which systemd-based
 * Linux distributions and many macOS shells already put on PATH. Unlike /usr/local/bin it needs no admin
 * rights, so the app never asks for a password to do it.
 */
export const userBinDir = (homedir: string): string => join(homedir, '.local', 'bin')

/** The first `patkeeper` a terminal with this PATH would run, if any. */
const onPathCommand = (env: PathInstallDeps['env'], platform: NodeJS.Platform): string | undefined =>
  (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, executableName(platform)))
    .find((file) => existsSync(file))

const samePath = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}

/** Where `patkeeper` stands for this user: on PATH or not, and what to do about it. */
export const cliToolStatus = (deps: PathInstallDeps): CliToolStatus => {
  const executable = installedExecutablePath(deps.dataDir, deps.platform)
  const command = onPathCommand(deps.env, deps.platform)
  if (deps.platform === 'win32') return windowsStatus(deps, command, executable)
  const bin = userBinDir(deps.homedir)
  const binOnPath = (deps.env.PATH ?? '').split(delimiter).includes(bin)
  if (command && (samePath(command, executable) || /^\/usr\/(local\/)?bin\//.test(command)))
    return { onPath: true, command, executable, canInstall: true, message: `"patkeeper" runs ${command} in a terminal.` }
  const link = join(bin, 'patkeeper')
  if (existsSync(link) && samePath(link, executable))
    return { onPath: binOnPath, command: link, executable, canInstall: true, message: binOnPath ? `"patkeeper" runs ${link} in a terminal.` : notOnPath(bin, link) }
  return { onPath: false, executable, canInstall: true, message: `"patkeeper" is not on your PATH yet. "Install command-line tool" links it as ${link}.` }
}

/**
 * Windows: the installer, not Settings, puts the shipped executable's folder (`resources\bin`) on the user PATH
 * (build/windows/cli-path.nsh). This process's PATH may predate the install (e.g. the app started by the
 * installer), so one message covers both cases and says what to do when a terminal lacks it.
 */
const windowsStatus = (deps: PathInstallDeps, command: string | undefined, executable: string): CliToolStatus => {
  const shipped = findShippedExecutable({ ...(deps.search ?? currentSearch()), platform: deps.platform })
  const folder = dirname(command ?? shipped ?? executable)
  return { onPath: command !== undefined, command, executable, canInstall: false, message: windowsCliToolMessage(folder) }
}

const notOnPath = (bin: string, link: string) =>
  `Linked ${link}, but ${bin} is not on your PATH: add the line export PATH="$HOME/.local/bin:$PATH" to ~/.profile (or your shell's rc file), then open a new terminal. Until then run ${link}.`

/**
 * "Install command-line tool": installs the executable at its stable path, then links `~/.local/bin/patkeeper`
 * to it (a link, so each update of that copy is what the terminal runs). A `patkeeper` there that PAT Keeper
 * did not make is left alone, with what to do.
 */
export const installCliTool = (deps: PathInstallDeps): CliToolStatus => {
  if (deps.platform === 'win32') return cliToolStatus(deps)
  const executable = ensureInstalledExecutable(deps.dataDir, deps.search).path
  const bin = userBinDir(deps.homedir)
  const link = join(bin, 'patkeeper')
  const present = (() => {
    try {
      return lstatSync(link)
    } catch {
      return undefined
    }
  })()
  if (present && !(present.isSymbolicLink() && readlinkSync(link) === executable))
    throw new AppError('conflict', `${link} already exists and is not PAT Keeper's link; nothing was changed. Remove or rename it, then choose "Install command-line tool" again.`)
  if (!present) {
    mkdirSync(bin, { recursive: true })
    symlinkSync(executable, link)
  }
  return cliToolStatus(deps)
}

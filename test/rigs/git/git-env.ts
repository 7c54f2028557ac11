import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** What one git run printed and how it ended. */
export interface GitRun {
  code: number
  stdout: string
  stderr: string
}

/** An isolated git world: its own HOME and global config file, no system config, no prompts. */
export interface GitWorld {
  /** Temp folder holding `home/`, `gitconfig` and anything a test creates with `path()`. */
  root: string
  home: string
  /** The file git treats as the global config (`GIT_CONFIG_GLOBAL`). Created empty. */
  globalConfig: string
  /** The environment every git call of this world gets; pass it to the code under test. */
  env: Record<string, string>
  /** A path inside `root`. */
  path(...parts: string[]): string
  /** Runs git with this world's env; never throws for a non-zero exit. */
  git(args: string[], options?: { cwd?: string; input?: string; env?: Record<string, string> }): Promise<GitRun>
}

/** Variables that would let the caller's own git setup leak into a test (or make git prompt). */
const DROPPED = /^(GIT_|SSH_ASKPASS$|GCM_|XDG_CONFIG_HOME$)/

/**
 * The environment for isolated git: the current one minus every GIT_* variable, plus
 * `GIT_CONFIG_NOSYSTEM=1`, a temp `GIT_CONFIG_GLOBAL`, `GIT_TERMINAL_PROMPT=0` and no `GIT_ASKPASS`, so
 * only the config a test writes counts and git fails instead of prompting. D-Bus variables pass through
 * so a credential helper can reach the keychain rig.
 */
export const isolatedGitEnv = (home: string, globalConfig: string, base: NodeJS.ProcessEnv = process.env): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(base)) if (value !== undefined && !DROPPED.test(key)) env[key] = value
  return {
    ...env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Rig Author',
    GIT_AUTHOR_EMAIL: 'rig@example.invalid',
    GIT_COMMITTER_NAME: 'Rig Author',
    GIT_COMMITTER_EMAIL: 'rig@example.invalid',
    LC_ALL: 'C',
  }
}

/** Runs `git args` with exactly `env`; resolves with exit code and output. */
export const runGit = (args: string[], env: Record<string, string>, options: { cwd?: string; input?: string } = {}): Promise<GitRun> =>
  new Promise((resolve, reject) => {
    const child = spawn('git', args, { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    child.stdin.on('error', () => undefined) // git may exit before reading stdin (EPIPE)
    child.stdin.end(options.input ?? '')
  })

/** Creates a fresh isolated git world in a temp folder (not removed: the OS temp dir is throwaway). */
export const createGitWorld = (prefix = 'patkeeper-git-'): GitWorld => {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const home = join(root, 'home')
  const globalConfig = join(root, 'gitconfig')
  mkdirSync(home)
  writeFileSync(globalConfig, '')
  const env = isolatedGitEnv(home, globalConfig)
  return {
    root,
    home,
    globalConfig,
    env,
    path: (...parts) => join(root, ...parts),
    git: (args, options = {}) => runGit(args, { ...env, ...options.env }, options),
  }
}

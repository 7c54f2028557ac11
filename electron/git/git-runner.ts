import { spawn } from 'node:child_process'

/** What one git run printed and how it ended. */
export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs git with arguments; never throws for a non-zero exit (callers decide what a failure means). */
export type GitRunner = (args: string[], options?: { cwd?: string; timeoutMs?: number }) => Promise<GitResult>

/**
 * A runner over the real `git` binary with exactly `env` (tests pass an isolated environment). Git never
 * prompts: `GIT_TERMINAL_PROMPT=0` and no askpass, so a missing credential fails instead of hanging.
 */
export const createGitRunner = (env: Readonly<Record<string, string | undefined>>, gitPath = 'git'): GitRunner => {
  const base: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined && k !== 'GIT_ASKPASS' && k !== 'SSH_ASKPASS') base[k] = v
  base.GIT_TERMINAL_PROMPT = '0'
  return (args, options = {}) =>
    new Promise((resolve) => {
      let child: ReturnType<typeof spawn>
      try {
        child = spawn(gitPath, args, { env: base, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
      } catch (error) {
        // Node throws at once (not via 'error') for some bad folders, e.g. ENOTDIR when cwd is a file.
        const code = (error as NodeJS.ErrnoException).code ?? 'error'
        return resolve({ code: 127, stdout: '', stderr: `git could not start in ${options.cwd ?? 'this folder'} (${code}).` })
      }
      let stdout = ''
      let stderr = ''
      const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 60_000)
      child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
      child.once('error', (error) => {
        clearTimeout(timer)
        resolve({ code: 127, stdout, stderr: `git could not start (${(error as NodeJS.ErrnoException).code ?? error.message}). Is git installed and on PATH?` })
      })
      child.once('close', (code, signal) => {
        clearTimeout(timer)
        resolve({ code: code ?? (signal ? 124 : -1), stdout, stderr: signal ? `${stderr}\ngit was stopped after the time limit.` : stderr })
      })
    })
}

import { spawn } from 'node:child_process'
import type { GitProbe } from './types'

/**
 * Runs real git. The credentials go to git through a one-off credential helper that reads them from the
 * child's environment, so they never appear in argv (visible to every user in `ps`). Earlier helpers are
 * reset (`credential.helper=` first) so nothing gets stored, and prompts are off.
 */
export const createGitProbe = (env: Readonly<Record<string, string | undefined>>, gitBinary = 'git'): GitProbe => ({
  lsRemote: (url, username, password, timeoutMs) =>
    new Promise((resolve) => {
      const helper = '!f() { test "$1" = get && printf "username=%s\\npassword=%s\\n" "$PATKEEPER_PROBE_USER" "$PATKEEPER_PROBE_PASS"; }; f'
      const child = spawn(gitBinary, ['-c', 'credential.helper=', '-c', `credential.helper=${helper}`, '-c', 'credential.interactive=false', 'ls-remote', '--heads', url], {
        env: { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', PATKEEPER_PROBE_USER: username, PATKEEPER_PROBE_PASS: password, GIT_HTTP_LOW_SPEED_LIMIT: '1', GIT_HTTP_LOW_SPEED_TIME: String(Math.max(1, Math.ceil(timeoutMs / 1000))) } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)))
      const timer = setTimeout(() => {
        stderr += '\npatkeeper: timed out'
        child.kill('SIGKILL')
      }, timeoutMs)
      child.once('error', () => {
        clearTimeout(timer)
        resolve({ code: 127, stderr: 'git could not be started' })
      })
      child.once('close', (code) => {
        clearTimeout(timer)
        resolve({ code: code ?? 1, stderr })
      })
    }),
})

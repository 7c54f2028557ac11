import { spawn } from 'node:child_process'
import type { Writable } from 'node:stream'
import { HostUnreachable } from './network-errors'
import type { GitProbe } from './types'

/**
 * Runs real git. The credentials go to git through a one-off credential helper that reads them from a pipe
 * on file descriptor 3 (inherited by git and the helper it starts), so they are neither in argv (visible to
 * every user in `ps`) nor in any process environment (/proc/<pid>/environ). Windows has no such descriptor
 * inheritance for git, so there the helper reads them from the child's environment. Earlier helpers are
 * reset (`credential.helper=` first) so nothing gets stored, and prompts are off.
 */
export const createGitProbe = (env: Readonly<Record<string, string | undefined>>, gitBinary = 'git'): GitProbe => ({
  lsRemote: (url, username, password, timeoutMs) =>
    new Promise((resolve) => {
      const viaPipe = process.platform !== 'win32'
      const helper = viaPipe
        ? '!f() { test "$1" = get && head -n 2 <&3; }; f'
        : '!f() { test "$1" = get && printf "username=%s\\npassword=%s\\n" "$PATKEEPER_PROBE_USER" "$PATKEEPER_PROBE_PASS"; }; f'
      const credentialsEnv = viaPipe ? {} : { PATKEEPER_PROBE_USER: username, PATKEEPER_PROBE_PASS: password }
      const child = spawn(gitBinary, ['-c', 'credential.helper=', '-c', `credential.helper=${helper}`, '-c', 'credential.interactive=false', 'ls-remote', '--heads', url], {
        env: { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', ...credentialsEnv, GIT_HTTP_LOW_SPEED_LIMIT: '1', GIT_HTTP_LOW_SPEED_TIME: String(Math.max(1, Math.ceil(timeoutMs / 1000))) } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'ignore', 'pipe', viaPipe ? 'pipe' : 'ignore'],
      })
      const credentials = child.stdio[3] as Writable | null
      if (credentials) {
        credentials.on('error', () => undefined) // git may exit without ever asking
        credentials.end(`username=${username}\npassword=${password}\n`)
      }
      let stderr = ''
      child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)))
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

/** What a `git ls-remote` outcome means: accepted, refused, no such repository, throttled, or other. */
export type LsRemoteOutcome = 'ok' | 'refused' | 'not-found' | 'rate-limited' | 'other'

/**
 * Reads git's exit code and stderr. "No HTTP answer" (timeout, DNS, refused connection, TLS) throws
 * HostUnreachable for the checker to report. A 429 ("Rate Exceeded" on CodeCommit:
 * docs.aws.amazon.com/codecommit/latest/userguide/troubleshooting-ae.html) is throttling, not a bad token.
 */
export const readLsRemote = (result: { code: number; stderr: string }, url: string, timeoutMs: number): LsRemoteOutcome => {
  if (result.code === 0) return 'ok'
  const err = result.stderr
  const host = new URL(url).host
  if (/timed out|timeout/i.test(err)) throw new HostUnreachable('timeout', host, timeoutMs)
  if (/could not resolve host/i.test(err)) throw new HostUnreachable('dns', host)
  if (/failed to connect|connection refused|couldn't connect/i.test(err)) throw new HostUnreachable('refused', host)
  if (/ssl|certificate/i.test(err)) throw new HostUnreachable('tls', host)
  if (/\b429\b|rate exceeded|too many requests/i.test(err)) return 'rate-limited'
  if (/authentication failed|\b401\b|\b403\b|could not read username|terminal prompts disabled/i.test(err)) return 'refused'
  if (/not found|\b404\b/i.test(err)) return 'not-found'
  return 'other'
}

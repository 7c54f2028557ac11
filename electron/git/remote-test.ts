import type { RemoteTestResult } from '../../shared/domain/git'
import { AppError } from '../errors/app-error'
import type { GitRunner } from './git-runner'


const ADVICE: [RegExp, string][] = [
  [/terminal prompts disabled|could not read Username|could not read Password/i, 'git found no credentials for this URL. Use "Use with git" for this host (and path), or check that the URL is the one you set up.'],
  [/Authentication failed|HTTP 401|403/i, 'The server refused the credentials. Check the token (Check now), its scopes, and that it belongs to an account with access to this repository.'],
  [/not found|HTTP 404|does not appear to be a git repository/i, 'The server says there is no such repository, or this account cannot see it. Check the URL and the account.'],
  [/Could not resolve host|Failed to connect|Connection refused|timed out/i, 'git could not reach the server. Check the address and your network or proxy.'],
  [/SSL|certificate/i, 'The TLS connection failed. If your server uses a private CA, configure git (http.sslCAInfo) for it.'],
]

/** Checks a repository URL before git sees it: http(s) only, no credentials, no option-looking text. */
export const checkRepoUrl = (input: string): string => {
  const text = input.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new AppError('invalid-input', `"${text.slice(0, 100)}" is not a URL. Paste the repository's HTTPS clone URL, e.g. https://github.com/org/repo.git.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('invalid-input', 'Use the HTTPS clone URL (the token works over HTTPS, not SSH).')
  if (url.password) throw new AppError('invalid-input', 'Leave the token out of the URL; PAT Keeper gives it to git itself.')
  return text
}

/**
 * Runs `git ls-remote` on a URL exactly as the user's git would (their config, PAT Keeper's helper), in the
 * repository folder for a repository-only setup, and reports success or git's exact failure.
 */
export const testRemote = async (git: GitRunner, input: string, cwd?: string): Promise<RemoteTestResult> => {
  const url = checkRepoUrl(input)
  const result = await git(['ls-remote', '--heads', '--', url], { timeoutMs: 30_000, ...(cwd ? { cwd } : {}) })
  const detail = result.stderr.trim().split('\n').slice(-4).join('\n')
  if (result.code === 0) {
    const refs = result.stdout.split('\n').filter((l) => l.trim() !== '').length
    return { ok: true, message: `git reached ${url} and listed ${refs} branch${refs === 1 ? '' : 'es'}.`, detail, refs }
  }
  const advice = ADVICE.find(([re]) => re.test(result.stderr))?.[1] ?? 'git failed; its message is below.'
  return { ok: false, message: advice, detail: detail || `git exited with ${result.code}.` }
}

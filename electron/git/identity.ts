import type { IdentityCheck } from '../../shared/domain/git'
import type { TokenRecord } from '../../shared/domain/token'
import type { GitRunner } from './git-runner'

/** The account's emails: the host's list (GitHub /user/emails), its primary email, else what the user entered. */
export const accountEmailsOf = (token: TokenRecord): string[] => {
  const id = token.lastCheck?.identity
  const all = [...(id?.emails ?? []), ...(id?.email ? [id.email] : []), ...(token.email ? [token.email] : [])]
  return [...new Set(all.map((e) => e.trim()).filter((e) => e.includes('@')))]
}

/** GitHub attributes its noreply addresses (`123+login@users.noreply.github.com`) to the login too. */
const isOwnNoreply = (email: string, token: TokenRecord): boolean => {
  const login = token.lastCheck?.identity?.login
  if (!login || (token.host !== 'github' && token.host !== 'github-enterprise')) return false
  return new RegExp(`^(\\d+\\+)?${login.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@users\\.noreply\\.`, 'i').test(email)
}

/**
 * Why the account's emails are unknown, and the one thing that helps, by host and token kind. Only GitHub
 * lists them to a token (GET /user/emails: classic tokens need the `user:email` scope, fine-grained ones
 * the "Email addresses" account permission, per docs.github.com REST "Emails"); other hosts' checks report
 * at most a public email, and this screen cannot edit the email, so no advice to "add" one.
 */
export const unknownEmailsMessage = (token: Pick<TokenRecord, 'host' | 'tokenType'>): string => {
  const lead = 'PAT Keeper does not know the emails of this account yet, so it cannot compare them with git\'s user.email.'
  if (token.host !== 'github' && token.host !== 'github-enterprise') return `${lead} This host's check did not report one.`
  if (token.tokenType === 'fine-grained') return `${lead} Run a check: GitHub lists them when the token has the \`Email addresses\` (read) account permission.`
  return `${lead} Run a check: GitHub lists them when the token has the \`user:email\` scope.`
}

const read = async (git: GitRunner, args: string[], cwd?: string) => {
  const r = await git(['config', ...args, 'user.email'], cwd ? { cwd } : {})
  return r.code === 0 ? r.stdout.trim() || undefined : undefined
}

/** Compares git's `user.email` (global and, for a repository, local) with the account's emails. */
export const checkIdentity = async (git: GitRunner, token: TokenRecord, repoPath?: string): Promise<IdentityCheck> => {
  const globalEmail = await read(git, ['--global'])
  const localEmail = repoPath ? await read(git, ['--local'], repoPath) : undefined
  const effectiveEmail = localEmail ?? globalEmail
  const accountEmails = accountEmailsOf(token)
  const base = { accountEmails, ...(globalEmail ? { globalEmail } : {}), ...(localEmail ? { localEmail } : {}), ...(effectiveEmail ? { effectiveEmail } : {}) }
  const suggestion = accountEmails.find((e) => /noreply/i.test(e)) ?? accountEmails[0]
  const withSuggestion = suggestion ? { suggestion } : {}
  if (accountEmails.length === 0)
    return { ...base, state: 'unknown', message: unknownEmailsMessage(token) }
  if (!effectiveEmail)
    return { ...base, ...withSuggestion, state: 'unset', message: `git has no user.email${repoPath ? ' for this repository' : ''}, so commits will not be linked to ${accountEmails[0]}'s account.` }
  const lower = effectiveEmail.toLowerCase()
  if (accountEmails.some((e) => e.toLowerCase() === lower) || isOwnNoreply(effectiveEmail, token))
    return { ...base, state: 'ok', message: `Commits use ${effectiveEmail}, which belongs to this account.` }
  return {
    ...base,
    ...withSuggestion,
    state: 'mismatch',
    message: `Commits${repoPath ? ' in this repository' : ''} use ${effectiveEmail}, which this account does not list; the host will attribute them to someone else (or to nobody).`,
  }
}

/** The one-click fix: sets user.email globally or for one repository, through git config. */
export const setCommitEmail = async (git: GitRunner, email: string, repoPath?: string): Promise<void> => {
  const r = await git(['config', repoPath ? '--local' : '--global', 'user.email', email], repoPath ? { cwd: repoPath } : {})
  if (r.code !== 0) throw new Error(r.stderr.trim() || `git config exited with ${r.code}`)
}

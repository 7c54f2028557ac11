import { timingSafeEqual } from 'node:crypto'
import type { TokenRecord } from '../../shared/domain/token'
import { gitUsernameFor } from '../git/git-target'
import { matchToken, type Candidate, type GitCredentialQuery } from '../git/match'
import type { GitRejection } from '../git/rejections'
import { bearerAnswer, isBearerOnly } from './bearer'
import { formatCredentialAnswer, parseCredentialInput, type CredentialAnswer, type CredentialRequest } from './protocol'
import { codecommitPassword, codecommitRegionFromHost } from './sigv4'

/** What the helper needs from the outside world (the real keychain and data folder, or test doubles). */
export interface HelperDeps {
  loadTokens(): Promise<TokenRecord[]>
  readSecret(id: string): Promise<string | null>
  recordRejection(rejection: GitRejection): void
  now(): Date
}

/** A finished helper run. */
export interface HelperOutcome {
  stdout: string
  stderr: string
  code: number
}

const line = (text: string) => `patkeeper: ${text}\n`
const queryUrl = (q: GitCredentialQuery) => `${q.protocol ?? '?'}://${q.host ?? '?'}${q.path ? `/${q.path}` : ''}`

/** True for a CodeCommit IAM access key (signed per request), as opposed to HTTPS Git credentials. */
export const isAccessKey = (token: TokenRecord): boolean =>
  token.host === 'codecommit' && (token.tokenType === 'access-key' || /^(AKIA|ASIA)[A-Z0-9]{12,}$/.test(token.username ?? ''))

/** Builds the answer for a matched token, or a reason to stay silent. */
const answerFor = (token: TokenRecord, secret: string, request: CredentialRequest, now: Date): CredentialAnswer | string => {
  const expiry = token.expiresAt ? Math.floor(Date.parse(token.expiresAt) / 1000) : undefined
  const withExpiry = (a: CredentialAnswer) => (expiry !== undefined && Number.isFinite(expiry) ? { ...a, passwordExpiryUtc: expiry } : a)
  if (!isAccessKey(token)) return withExpiry({ username: gitUsernameFor(token), password: secret })
  if (request.path === undefined)
    return `git did not send the repository path, which CodeCommit signs; run "patkeeper git setup ${token.label}" (it sets credential.useHttpPath).`
  const region = codecommitRegionFromHost(request.host ?? '') ?? token.region
  if (!region) return `no AWS region for token "${token.label}"; add one with the region in PAT Keeper.`
  const password = codecommitPassword({ secretAccessKey: secret, region, host: request.host ?? '', path: request.path, now })
  return withExpiry({ username: token.username ?? '', password })
}

const describeTie = (candidates: Candidate[], q: GitCredentialQuery) =>
  `${candidates.length} tokens fit ${queryUrl(q)} equally (${candidates.map((c) => `"${c.token.label}"`).join(', ')}); ` +
  `bind one to a narrower path ("patkeeper git setup <label> --path <org>") or undo one binding ("patkeeper git undo <label>").`

/**
 * When git asks for a user name no token here has (from the URL, `user@host`, or credential.username),
 * say so instead of failing silently, and name the user names PAT Keeper has for that place.
 */
const usernameHint = (tokens: TokenRecord[], q: GitCredentialQuery, now: Date): string => {
  if (!q.username) return ''
  const other = matchToken(tokens, { ...q, username: undefined }, now)
  if (other.kind === 'none') return ''
  const names = other.kind === 'tie' ? other.candidates.map((c) => gitUsernameFor(c.token)) : [gitUsernameFor(other.candidate.token)]
  return line(`no token for user "${q.username}" at ${queryUrl(q)}; PAT Keeper has ${names.map((n) => `"${n}"`).join(', ')} there. Remove the user name from the URL, or add that account's token.`)
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Runs one helper action on git's input.
 * - `get`: answers for the one matching token; prints nothing (exit 0) when none matches so git asks the
 *   next helper; an expired or revoked token, or a tie, gets one line on stderr and no answer.
 * - `store`: does nothing. The keychain is the only source of truth; a password git learned elsewhere
 *   (another helper, a prompt) is not copied into PAT Keeper behind the user's back.
 * - `erase`: git says the server refused the credential. If it was ours, the refusal is recorded for the
 *   app to show and one line goes to stderr; the keychain item is never deleted.
 */
export const runCredentialHelper = async (action: string | undefined, input: string, deps: HelperDeps): Promise<HelperOutcome> => {
  if (action !== 'get' && action !== 'store' && action !== 'erase')
    return { stdout: '', stderr: line('usage: git-credential-patkeeper get|store|erase (git runs this; see "patkeeper git setup").'), code: action ? 0 : 2 }
  if (action === 'store') return { stdout: '', stderr: '', code: 0 }
  const request = parseCredentialInput(input)
  const query: GitCredentialQuery = { protocol: request.protocol, host: request.host, path: request.path, username: request.username }
  if (!request.protocol || !request.host) return { stdout: '', stderr: '', code: 0 }
  const now = deps.now()
  const tokens = await deps.loadTokens()
  const result = matchToken(tokens, action === 'erase' ? { ...query, username: undefined } : query, now)
  if (result.kind === 'none') return { stdout: '', stderr: action === 'get' ? usernameHint(tokens, query, now) : '', code: 0 }
  if (result.kind === 'tie') return { stdout: '', stderr: line(describeTie(result.candidates, query)), code: action === 'get' ? 1 : 0 }
  if (action === 'erase') return erase(result.candidate.token, request, query, deps, now)
  if (result.kind === 'unusable') return { stdout: '', stderr: line(result.reason), code: 0 }
  const token = result.candidate.token
  const secret = await deps.readSecret(token.id)
  if (!secret)
    return { stdout: '', stderr: line(`the keychain has no secret for token "${token.label}" (is it unlocked?); run "patkeeper doctor".`), code: 1 }
  if (isBearerOnly(token)) return { stdout: '', stderr: '', code: 0, ...bearerAnswer(token, secret, request) }
  const answer = answerFor(token, secret, request, now)
  if (typeof answer === 'string') return { stdout: '', stderr: line(answer), code: 0 }
  return { stdout: formatCredentialAnswer(answer), stderr: '', code: 0 }
}

const erase = async (token: TokenRecord, request: CredentialRequest, query: GitCredentialQuery, deps: HelperDeps, now: Date): Promise<HelperOutcome> => {
  // Only a credential we handed out counts: compare the password (or, for signed CodeCommit keys, the key id).
  const ours = isAccessKey(token)
    ? request.username === token.username
    : request.password !== undefined && sameSecret(request.password, (await deps.readSecret(token.id)) ?? '\0')
  if (!ours) return { stdout: '', stderr: '', code: 0 }
  deps.recordRejection({ tokenId: token.id, at: now.toISOString(), url: queryUrl(query) })
  return {
    stdout: '',
    stderr: line(`${queryUrl(query)} refused token "${token.label}"; it stays in the keychain. Check it with: patkeeper check "${token.label}"`),
    code: 0,
  }
}

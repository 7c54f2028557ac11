import type { HostAnswer, HostValidator, ValidatorContext } from '../types'
import { hostText } from '../messages'
import { commonAnswer, field, malformedAnswer, type HostReply } from './http-json'
import { namedGithubRepos, namedReposNote } from './github-named-repos'
import { repoVerdict, type RepoReply } from './github-repo'

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }

/** `2026-12-01 10:00:00 UTC` (GitHub-Authentication-Token-Expiration) -> ISO 8601; undefined when unreadable. */
export const parseGithubExpiry = (value: string | undefined): string | undefined => {
  const m = value?.trim().match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\s*(UTC|Z|[+-]\d{2}:?\d{2}))?$/)
  if (!m) return undefined
  const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3]
  const at = new Date(`${m[1]}T${m[2]}${zone}`)
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString()
}

/** Token type from the prefix GitHub puts on every token since 2021, else from whether scopes were reported. */
const tokenType = (secret: string, hasScopesHeader: boolean): string => {
  if (secret.startsWith('github_pat_')) return 'fine-grained'
  if (secret.startsWith('ghp_')) return 'classic'
  if (secret.startsWith('gho_')) return 'oauth'
  if (secret.startsWith('ghu_') || secret.startsWith('ghs_')) return 'github-app'
  return hasScopesHeader ? 'classic' : 'fine-grained'
}

const ssoAnswer = (ctx: ValidatorContext, sso: string): HostAnswer => {
  const url = sso.match(/url=(https:\/\/\S+)/)?.[1]
  return {
    status: 'pending-approval',
    message: `${ctx.hostName} says this token must be authorized for the organization's SAML single sign-on: ${url ? `open ${url}` : 'on the token page choose "Configure SSO" and authorize it'}, then check again.`,
  }
}

const failure = (ctx: ValidatorContext, status: number, headers: Record<string, string | undefined>, data: unknown): HostAnswer => {
  // Only a 401 that really came from GitHub (it stamps every answer with a request id) proves the token bad;
  // a proxy or captive portal answering 401 says nothing about the token.
  const fromGithub = Boolean(headers['x-github-request-id'])
  if (headers['x-github-sso']?.startsWith('required')) return ssoAnswer(ctx, headers['x-github-sso'])
  if (status === 401) {
    if (fromGithub) return { status: 'invalid' }
    return { status: 'host-error', message: `Something between PAT Keeper and ${ctx.hostName} answered "401" without GitHub's marks (a proxy or sign-in portal?); check your network and try again.` }
  }
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'])) {
    return { status: 'rate-limited', message: `${ctx.hostName} rate limit reached; try the check again after a few minutes.` }
  }
  // Secondary limits: 403 or 429 with requests left and maybe no retry-after; only the message tells
  // (docs.github.com rest/using-the-rest-api/rate-limits-for-the-rest-api, "Exceeding the rate limit").
  if ((status === 403 || status === 429) && /secondary rate limit|rate limit exceeded/i.test(field(data, 'message') ?? '')) {
    return { status: 'rate-limited', message: `${ctx.hostName} applied its secondary rate limit (too many requests at once); wait at least a minute, then check again.` }
  }
  if (status === 403 && fromGithub) {
    const said = hostText(field(data, 'message'))
    return { status: 'invalid', message: `${ctx.hostName} refused this token${said ? ` ("${said}")` : ''}; an organization policy may block it. Check the token's settings, or create a new one with the guide.` }
  }
  const reply: HostReply = { status, headers: new Headers(headers as Record<string, string>), text: '', json: data, isHtml: false, location: headers.location }
  return commonAnswer(ctx, reply)
}

type Client = { request: (route: string, params: Record<string, unknown>) => Promise<{ status: number; headers: Record<string, string | number | undefined>; data: unknown }> }

/** `GET /repos/{owner}/{repo}`; an HTTP error comes back as a reply (no HTTP answer still throws). */
const requestRepo = async (octokit: Client, repo: string): Promise<RepoReply> => {
  const [owner, name] = repo.split('/')
  const strings = (h: Record<string, string | number | undefined>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v === undefined ? undefined : String(v)]))
  try {
    const res = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo: name, headers: { 'x-github-api-version': '2022-11-28' } })
    return { status: res.status, headers: strings(res.headers), data: res.data }
  } catch (error) {
    const e = error as { status?: number; response?: { headers: Record<string, string | undefined>; data: unknown } }
    if (!e.response || typeof e.status !== 'number') throw error
    return { status: e.status, headers: strings(e.response.headers), data: e.response.data }
  }
}

/**
 * The expiry a 200 answer states. github.com sends the header whenever the token expires, so "absent"
 * there means "never"; GHES is not documented to send it, so there "absent" means "unknown". A date at or
 * before now on an accepted request contradicts itself (reported in google/go-github#3708: the header
 * carried the current time), so it is not stored.
 */
const readExpiry = (ctx: ValidatorContext, header: string | undefined): string | null | undefined => {
  if (!header) return ctx.target.host === 'github' ? null : undefined
  const at = parseGithubExpiry(header)
  return at && Date.parse(at) > ctx.clock().getTime() ? at : undefined
}

/**
 * GitHub.com and GitHub Enterprise Server through @octokit/rest: `GET /user` (baseUrl `/api/v3` for GHES).
 * Classic tokens report scopes in `X-OAuth-Scopes`; fine-grained ones send no such header. Expiry comes from
 * `GitHub-Authentication-Token-Expiration`, sent only when the token has one.
 */
export const validateGithub: HostValidator = async (ctx) => {
  const { Octokit } = await import('@octokit/rest') // loaded on first use, so other commands start fast
  const octokit = new Octokit({ auth: ctx.secret, baseUrl: ctx.apiBase, userAgent: 'PAT Keeper', log: quiet, request: { fetch: ctx.fetch, redirect: 'manual' } })
  let response: { status: number; headers: Record<string, string | number | undefined>; data: unknown }
  try {
    response = await octokit.request('GET /user', { headers: { 'x-github-api-version': '2022-11-28' } })
  } catch (error) {
    const e = error as { status?: number; response?: { headers: Record<string, string | undefined>; data: unknown } }
    if (!e.response || typeof e.status !== 'number') throw error // no HTTP answer: the checker reports it
    return failure(ctx, e.status, e.response.headers, e.response.data)
  }
  const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, v === undefined ? undefined : String(v)]))
  if (response.status !== 200) return failure(ctx, response.status, headers, response.data)
  const login = field(response.data, 'login')
  if (!login) return malformedAnswer(ctx)
  const scopesHeader = headers['x-oauth-scopes']
  const type = tokenType(ctx.secret, scopesHeader !== undefined)
  const expiryHeader = headers['github-authentication-token-expiration']
  const expiresAt = readExpiry(ctx, expiryHeader)
  const sso = headers['x-github-sso']
  const answer: HostAnswer = {
    status: 'valid',
    identity: { login, name: field(response.data, 'name'), email: field(response.data, 'email') },
    scopes: scopesHeader === undefined ? undefined : scopesHeader.split(',').map((s) => s.trim()).filter(Boolean),
    expiresAt,
    tokenType: type,
  }
  // One at a time, so the first refusal is reported and no more requests are made.
  const repos = namedGithubRepos(ctx.target)
  const open: string[] = []
  for (const repo of repos) {
    const reply = await requestRepo(octokit, repo)
    const onRepo = repoVerdict(ctx, repo, reply)
    if (onRepo) return onRepo // a verdict about the repository only; /user's facts are stored by a passing check
    if ((reply.data as { private?: unknown } | null)?.private === false) open.push(repo)
  }
  answer.note = namedReposNote(ctx.hostName, repos, open)
  if (sso?.startsWith('partial-results')) {
    answer.message = `${ctx.hostName} accepts this token for ${login}, but some organizations hide their data until you authorize the token for their single sign-on (token page, "Configure SSO").`
  }
  return answer
}

import type { HostKind } from '../../shared/domain/hosts'
import { AppError } from '../errors/app-error'

/** Fixed base URLs of the cloud host kinds; self-managed kinds need the user's URL. */
const CLOUD_URLS: Partial<Record<HostKind, string>> = {
  github: 'https://github.com',
  gitlab: 'https://gitlab.com',
  'bitbucket-cloud': 'https://bitbucket.org',
  'azure-devops': 'https://dev.azure.com',
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** True for host kinds whose URL the user supplies (Enterprise, self-managed, Data Center, Server). */
export const needsUrl = (host: HostKind): boolean => !(host in CLOUD_URLS) && host !== 'codecommit'

/**
 * Normalizes a custom host URL: https only (http only for loopback, i.e. local servers and tests), no
 * credentials, query or fragment; the path is kept (GitLab under /gitlab, Azure DevOps Server's /tfs).
 */
export const normalizeHostUrl = (input: string): string => {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    throw new AppError('invalid-input', `"${input.slice(0, 100)}" is not a URL. Give the host's address, e.g. https://git.example.com.`)
  }
  const loopback = LOOPBACK.has(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new AppError('invalid-input', `The host URL must start with https:// (got ${url.protocol}//${url.host}); tokens are never sent over plain http.`)
  if (url.username || url.password) throw new AppError('invalid-input', 'Leave credentials out of the host URL; the token is stored separately in the keychain.')
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`
}

/** The URL a new record gets for its host kind, checking the extra facts some hosts need. */
export const resolveHostUrl = (req: { host: HostKind; url?: string; org?: string; region?: string }): string => {
  if (req.host === 'codecommit') {
    const region = req.region?.trim()
    if (!region || !/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) throw new AppError('invalid-input', 'AWS CodeCommit needs a region such as eu-west-1 (--region).')
    return req.url ? normalizeHostUrl(req.url) : `https://git-codecommit.${region}.amazonaws.com`
  }
  if (req.host === 'azure-devops' && !req.org?.trim()) throw new AppError('invalid-input', 'Azure DevOps needs the organization name (--org), as in dev.azure.com/<org>.')
  const fixed = CLOUD_URLS[req.host]
  if (fixed) return req.url ? normalizeHostUrl(req.url) : fixed
  if (!req.url) throw new AppError('invalid-input', `A ${req.host} token needs the server's URL (--url https://git.example.com).`)
  return normalizeHostUrl(req.url)
}

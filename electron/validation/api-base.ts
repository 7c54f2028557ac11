import type { HostKind } from '../../shared/domain/hosts'
import { codecommit } from '../../shared/hosts/kinds/codecommit'
import { AppError } from '../errors/app-error'
import type { ValidationTarget } from './types'

/** Test-only API roots per host kind (ServiceDeps.apiOverrides); never read from the environment. */
export type ApiOverrides = Partial<Record<HostKind, string>>

const trim = (url: string) => url.replace(/\/+$/, '')
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/**
 * Checks a custom host URL: https only, except loopback addresses which may use http (local servers and
 * tests), as ARCHITECTURE.md asks. Credentials embedded in the URL are refused.
 */
export const checkedHostUrl = (url: string | undefined, hostName: string): string => {
  if (!url) throw new AppError('invalid-input', `Enter the address of your ${hostName} server (for example https://git.example.com).`)
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new AppError('invalid-input', `"${url.slice(0, 80)}" is not a web address; enter it like https://git.example.com.`)
  }
  if (parsed.username || parsed.password) throw new AppError('invalid-input', 'Remove the user name and password from the server address; PAT Keeper sends the token itself.')
  const loopback = LOOPBACK.has(parsed.hostname)
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new AppError('invalid-input', `${hostName} addresses must start with https:// so the token travels encrypted.`)
  }
  return trim(`${parsed.origin}${parsed.pathname}`)
}

const need = (value: string | undefined, what: string): string => {
  if (!value || !value.trim()) throw new AppError('invalid-input', `Enter the ${what}; the check needs it.`)
  return encodeURIComponent(value.trim())
}

/**
 * The API root a token is checked against. Cloud hosts have fixed roots; self-hosted ones derive it from
 * the record's URL. A test override replaces the host's root (what `https://api.github.com`,
 * `https://gitlab.com`, `https://dev.azure.com`... would be) and nothing else.
 */
export const apiBaseFor = (target: ValidationTarget, hostName: string, overrides: ApiOverrides = {}): string => {
  const override = overrides[target.host]
  const root = (fixed: string) => trim(override ?? fixed)
  const custom = () => (override ? trim(override) : checkedHostUrl(target.url, hostName))
  switch (target.host) {
    case 'github':
      return root('https://api.github.com')
    case 'github-enterprise':
      return `${custom()}/api/v3`
    case 'gitlab':
      return `${root('https://gitlab.com')}/api/v4`
    case 'gitlab-self-managed':
      return `${custom()}/api/v4`
    case 'bitbucket-cloud':
      return `${root('https://api.bitbucket.org')}/2.0`
    case 'bitbucket-data-center':
      return `${custom()}/rest`
    case 'azure-devops':
      return `${root('https://dev.azure.com')}/${need(target.org, 'Azure DevOps organization')}`
    case 'azure-devops-server': {
      const base = custom()
      // The URL may already name the collection (https://tfs.example.com/tfs/DefaultCollection).
      return target.collection ? `${base}/${encodeURIComponent(target.collection)}` : base
    }
    case 'codecommit':
      return root(codecommit.apiBase({ kind: 'codecommit', url: '', region: decodeURIComponent(need(target.region, 'AWS region')).toLowerCase() }))
  }
}

/** The CodeCommit git endpoint for HTTPS Git credentials (or the override's root in tests); China regions use `.amazonaws.com.cn` (the catalog's rule). */
export const codecommitGitUrl = (target: ValidationTarget, overrides: ApiOverrides = {}): string => {
  const region = decodeURIComponent(need(target.region, 'AWS region')).toLowerCase()
  const base = overrides.codecommit ? trim(overrides.codecommit) : `https://${codecommit.gitHost({ kind: 'codecommit', url: '', region })}`
  return `${base}/v1/repos/${need(target.repository, 'CodeCommit repository name')}`
}

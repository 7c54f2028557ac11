import type { HostKind } from '../../shared/domain/hosts'
import { codecommit } from '../../shared/hosts/kinds/codecommit'
import { AppError } from '../errors/app-error'
import { resolveHostLocation } from '../vault/host-url'
import type { ValidationTarget } from './types'

/** Test-only API roots per host kind (ServiceDeps.apiOverrides); never read from the environment. */
export type ApiOverrides = Partial<Record<HostKind, string>>

const trim = (url: string) => url.replace(/\/+$/, '')
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
  const custom = () => (override ? trim(override) : resolveHostLocation(target.host, target).url)
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
      if (override) return target.collection ? `${trim(override)}/${encodeURIComponent(target.collection)}` : trim(override)
      // The shared rule splits a pasted collection URL (https://tfs.example.com/tfs/DefaultCollection).
      const where = resolveHostLocation(target.host, target)
      return where.collection ? `${where.url}/${encodeURIComponent(where.collection)}` : where.url
    }
    case 'codecommit':
      return root(codecommit.apiBase(resolveHostLocation('codecommit', { region: target.region })))
  }
}

/** The CodeCommit git endpoint for HTTPS Git credentials (or the override's root in tests); China regions use `.amazonaws.com.cn` (the catalog's rule). */
export const codecommitGitUrl = (target: ValidationTarget, overrides: ApiOverrides = {}): string => {
  // The shared rule checks the region's form, so nothing but a region name reaches the host name.
  const base = overrides.codecommit ? trim(overrides.codecommit) : `https://${codecommit.gitHost(resolveHostLocation('codecommit', { region: target.region }))}`
  return `${base}/v1/repos/${need(target.repository, 'CodeCommit repository name')}`
}

import type { HostKind, Purpose } from '../domain/hosts'
import { azureDevops } from './kinds/azure-devops'
import { azureDevopsServer } from './kinds/azure-devops-server'
import { bitbucketCloud } from './kinds/bitbucket-cloud'
import { bitbucketDataCenter } from './kinds/bitbucket-data-center'
import { codecommit } from './kinds/codecommit'
import { github } from './kinds/github'
import { githubEnterprise } from './kinds/github-enterprise'
import { gitlab } from './kinds/gitlab'
import { gitlabSelfManaged } from './kinds/gitlab-self-managed'
import type { HostSpec, PurposeSpec, TokenVariant } from './types'

/** Every host kind's catalog entry, in the order the host picker shows them. */
export const HOST_CATALOG: Readonly<Record<HostKind, HostSpec>> = Object.freeze({
  github,
  'github-enterprise': githubEnterprise,
  gitlab,
  'gitlab-self-managed': gitlabSelfManaged,
  'bitbucket-cloud': bitbucketCloud,
  'bitbucket-data-center': bitbucketDataCenter,
  'azure-devops': azureDevops,
  'azure-devops-server': azureDevopsServer,
  codecommit,
})

/** The catalog entry for a kind. */
export const hostSpec = (kind: HostKind): HostSpec => HOST_CATALOG[kind]

/** A variant of a host by id (e.g. the `tokenType` the recogniser reported); the recommended one otherwise. */
export const variantOf = (kind: HostKind, tokenType?: string): TokenVariant => {
  const spec = hostSpec(kind)
  return spec.variants.find((v) => v.id === tokenType) ?? spec.variants[0]!
}

/**
 * The purpose spec a host uses for `purpose`. Hosts that do not tell workflow files apart use plain push
 * for `write-workflows`; a purpose a variant lacks (CodeCommit Git credentials have no API) falls back to
 * push as well.
 */
export const purposeSpec = (kind: HostKind, purpose: Purpose, tokenType?: string): { spec: PurposeSpec; purpose: Purpose } => {
  const purposes = variantOf(kind, tokenType).purposes
  const own = purposes[purpose]
  if (own) return { spec: own, purpose }
  return { spec: purposes.write ?? purposes.read!, purpose: purposes.write ? 'write' : 'read' }
}

/**
 * Least scopes a token for `purpose` needs on `kind`, as the host names them. `tokenType` picks a variant
 * (GitHub: 'fine-grained' permissions like `contents:write`, 'classic' scopes like `repo`; CodeCommit:
 * IAM actions); without it, the recommended variant.
 */
export const requiredScopes = (kind: HostKind, purpose: Purpose, tokenType?: string): string[] => [...purposeSpec(kind, purpose, tokenType).spec.scopes]

import type { HostKind } from '../../../shared/domain/hosts'
import type { ApiOverrides } from '../api-base'
import type { HostValidator } from '../types'
import { validateAzureDevops } from './azure-devops'
import { validateBitbucketCloud } from './bitbucket-cloud'
import { validateBitbucketDataCenter } from './bitbucket-data-center'
import { createCodecommitValidator } from './codecommit'
import { validateGithub } from './github'
import { validateGitlab } from './gitlab'

/** One validator per host kind, all behind the HostValidator interface. */
export const createValidators = (overrides: ApiOverrides): Record<HostKind, HostValidator> => ({
  github: validateGithub,
  'github-enterprise': validateGithub,
  gitlab: validateGitlab,
  'gitlab-self-managed': validateGitlab,
  'bitbucket-cloud': validateBitbucketCloud,
  'bitbucket-data-center': validateBitbucketDataCenter,
  'azure-devops': validateAzureDevops,
  'azure-devops-server': validateAzureDevops,
  codecommit: createCodecommitValidator(overrides),
})

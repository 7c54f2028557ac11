import type { HostSpec } from '../types'
import { formatsOf } from '../formats/index'
import { gitlabDeprecations, gitlabGitUsername, gitlabLifetime, gitlabVariant } from './gitlab-common'

const variant = gitlabVariant('gitlab.com')

/** GitLab.com: personal access tokens, page `/-/user_settings/personal_access_tokens` with name/scopes/description. */
export const gitlab: HostSpec = {
  kind: 'gitlab',
  displayName: 'GitLab.com',
  tagline: 'gitlab.com (SaaS)',
  defaultUrl: 'https://gitlab.com',
  needs: { url: false, org: false, collection: false, region: false },
  apiBase: () => 'https://gitlab.com/api/v4',
  gitHost: () => 'gitlab.com',
  purposes: variant.purposes,
  variants: [variant],
  gitUsername: gitlabGitUsername,
  lifetime: gitlabLifetime,
  deprecations: [
    ...gitlabDeprecations,
    { date: '2024-05-14', text: 'GitLab.com began enforcing token expiry: old tokens without a date stopped working.' },
  ],
  formats: formatsOf('gitlab'),
  // GitLab cannot change a PAT's scopes after creation (docs.gitlab.com user/profile/personal_access_tokens: scopes are chosen at creation; the API offers rotate/revoke only).
  addScopes: 'GitLab cannot change the scopes of an existing token, so create a new one with the guide and replace this one',
  docsUrl: 'https://docs.gitlab.com/user/profile/personal_access_tokens/',
  linkHosts: ['gitlab.com', 'docs.gitlab.com'],
  notices: () => [],
}

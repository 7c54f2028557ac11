import type { HostSpec } from '../types'
import { hostPort, joinUrl } from '../url-parts'
import { formatsOf } from '../formats/index'
import { gitlabDeprecations, gitlabGitUsername, gitlabLifetime, gitlabVariant } from './gitlab-common'

const variant = gitlabVariant('your GitLab server')

/** GitLab self-managed or Dedicated: the user's host (a relative URL root such as /gitlab is kept). */
export const gitlabSelfManaged: HostSpec = {
  kind: 'gitlab-self-managed',
  displayName: 'GitLab self-managed',
  tagline: 'Your own GitLab server or GitLab Dedicated',
  needs: { url: true, org: false, collection: false, region: false },
  urlExample: 'https://gitlab.example.com',
  apiBase: (loc) => joinUrl(loc.url, 'api/v4'),
  gitHost: (loc) => hostPort(loc.url),
  purposes: variant.purposes,
  variants: [variant],
  gitUsername: gitlabGitUsername,
  lifetime: gitlabLifetime,
  deprecations: gitlabDeprecations,
  formats: formatsOf('gitlab-self-managed'),
  // GitLab cannot change a PAT's scopes after creation (docs.gitlab.com user/profile/personal_access_tokens: scopes are chosen at creation; the API offers rotate/revoke only).
  addScopes: 'GitLab cannot change the scopes of an existing token, so create a new one with the guide and replace this one',
  docsUrl: 'https://docs.gitlab.com/user/profile/personal_access_tokens/',
  linkHosts: ['docs.gitlab.com'],
  notices: () => [
    'Servers older than GitLab 16 keep the page at /-/profile/personal_access_tokens: if the link shows "Page not found", open your avatar > Preferences > Access tokens.',
    'Your administrators may have set a custom token prefix; PAT Keeper accepts any format.',
  ],
}

import type { Purpose } from '../../domain/hosts'
import type { PurposeSpec, TokenVariant } from '../types'
import { joinUrl, withQuery } from '../url-parts'

/** Least legacy scopes per purpose (GitLab "Personal access token scopes"). */
const PURPOSES: Partial<Record<Purpose, PurposeSpec>> = {
  read: { label: 'Clone and pull', scopes: ['read_repository'] },
  write: { label: 'Clone, pull and push', scopes: ['write_repository'], note: 'write_repository includes read access. Pushing .gitlab-ci.yml needs nothing more.' },
  integration: {
    label: 'A tool that uses the API and pushes',
    scopes: ['api'],
    note: '"api" covers the whole API and git over HTTPS. If the tool only reads the API, "read_api" plus "write_repository" is narrower.',
    // docs.gitlab.com user/profile/personal_access_tokens "Personal access token scopes": write_repository is
    // git only; creating branches or merge requests through the API needs api.
    branchesAndRequests: 'Creating branches and merge requests through the API needs "api"; "write_repository" allows them only by git push.',
  },
}

/** The one GitLab variant: a personal access token with legacy scopes (pre-fill documented since 14.1). */
export const gitlabVariant = (who: string): TokenVariant => ({
  id: 'personal',
  label: 'Personal access token',
  summary: 'Scopes apply to every project you can reach.',
  purposes: PURPOSES,
  tokenPage: (i) =>
    withQuery(joinUrl(i.location.url, '-/user_settings/personal_access_tokens'), [
      ['name', i.tokenName],
      ['scopes', (PURPOSES[i.purpose]?.scopes ?? PURPOSES.write!.scopes).join(',')],
      ['description', i.description],
    ]),
  steps: (i) => [
    `Sign in to ${who}, then open Personal access tokens (avatar > Edit profile > Access > Personal access tokens).`,
    'Click "Add new token". If asked, choose the legacy token type; the name and scopes below are pre-filled for it.',
    `Check the name ("${i.tokenName}") and set an expiration date: GitLab requires one and allows at most a year.`,
    `Tick exactly these scopes: ${i.scopes.join(', ')}. Leave the rest unticked.`,
    'Click "Create token" and copy it right away: GitLab shows it only once.',
  ],
})

/** Git over HTTPS with a GitLab PAT: any non-blank username works; "oauth2" also works for OAuth tokens. */
export const gitlabGitUsername = (input: { username?: string }): string => input.username?.trim() || 'oauth2'

/** Lifetime shared by gitlab.com and self-managed (default maximum 365 days, expiry mandatory since 16.0). */
export const gitlabLifetime = {
  maxDays: 365,
  defaultDays: 30,
  expiryRequired: true,
  hostReportsExpiry: true,
  note: 'Tokens expire at midnight UTC on their date. Administrators may lower the maximum (or raise it to 400 days).',
}

/** Deprecations every GitLab user meets. */
export const gitlabDeprecations = [
  { date: '2023-05-18', text: 'GitLab 16.0 removed tokens without an expiry date; existing ones were given one a year after the upgrade.' },
]

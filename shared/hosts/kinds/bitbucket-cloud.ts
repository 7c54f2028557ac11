import { formatsOf } from '../formats/index'
import type { HostSpec, TokenVariant } from '../types'

const TOKEN_PAGE = 'https://id.atlassian.com/manage-profile/security/api-tokens'

/** Atlassian API tokens with Bitbucket scopes; write does not imply read, so both are asked for. */
const apiToken: TokenVariant = {
  id: 'api-token',
  label: 'Atlassian API token with Bitbucket scopes',
  summary: 'The replacement for app passwords. Created on your Atlassian account, limited to Bitbucket by its scopes.',
  purposes: {
    read: { label: 'Clone and pull', scopes: ['read:repository:bitbucket'] },
    write: { label: 'Clone, pull and push', scopes: ['read:repository:bitbucket', 'write:repository:bitbucket'], note: 'Write access does not include read: tick both.' },
    integration: {
      label: 'A tool that uses the API and pushes',
      scopes: ['read:user:bitbucket', 'read:repository:bitbucket', 'write:repository:bitbucket', 'read:pullrequest:bitbucket', 'write:pullrequest:bitbucket'],
      note: 'Add workspace or pipeline scopes only if the tool documents them.',
      // Bitbucket Cloud REST reference: POST .../refs/branches needs write:repository:bitbucket; POST .../pullrequests
      // needs write:pullrequest:bitbucket (developer.atlassian.com/cloud/bitbucket/rest/api-group-refs, api-group-pullrequests).
      branchesAndRequests: 'Creating branches needs write:repository:bitbucket; opening pull requests needs read:pullrequest:bitbucket and write:pullrequest:bitbucket.',
    },
  },
  // Atlassian documents no pre-fill parameters for this page.
  tokenPage: () => TOKEN_PAGE,
  steps: (i) => [
    'Sign in to your Atlassian account, then open Security > API tokens.',
    'Click "Create API token with scopes" (not the plain "Create API token": a token without Bitbucket scopes fails for git).',
    `Name it "${i.tokenName}" and pick an expiry date: Atlassian requires one, at most a year ahead.`,
    'Choose the app "Bitbucket".',
    `Tick exactly these scopes: ${i.scopes.join(', ')}.`,
    'Click "Create token" and copy it right away: Atlassian shows it only once.',
    'Find your Bitbucket username under Bitbucket > Personal settings > Account settings; git uses it (or x-bitbucket-api-token-auth).',
  ],
  username: { label: 'Bitbucket username', hint: 'Shown under Personal settings > Account settings. Leave empty to let git use x-bitbucket-api-token-auth.', required: false },
}

/** Bitbucket Cloud: app passwords are dead (2026-07-28); git takes the username, the REST API the email. */
export const bitbucketCloud: HostSpec = {
  kind: 'bitbucket-cloud',
  displayName: 'Bitbucket Cloud',
  tagline: 'bitbucket.org, with Atlassian API tokens',
  defaultUrl: 'https://bitbucket.org',
  needs: { url: false, org: false, collection: false, region: false },
  apiBase: () => 'https://api.bitbucket.org/2.0',
  gitHost: () => 'bitbucket.org',
  purposes: apiToken.purposes,
  variants: [apiToken],
  // Git over HTTPS wants the Bitbucket username (never the email) or the static API-token username.
  gitUsername: (input) => {
    // Repository, project and workspace access tokens always go with x-token-auth.
    if (input.tokenType === 'access-token') return 'x-token-auth'
    const username = input.username?.trim()
    return username && !username.includes('@') ? username : 'x-bitbucket-api-token-auth'
  },
  email: { label: 'Atlassian account email', hint: 'Bitbucket\u2019s API checks a token with your account email; git never sees it.', required: false },
  lifetime: { maxDays: 365, defaultDays: 365, expiryRequired: true, hostReportsExpiry: false, note: 'API tokens live 1 to 365 days. Bitbucket does not tell a token its own expiry, so PAT Keeper keeps the date you chose.' },
  deprecations: [
    { date: '2025-09-09', text: 'New Bitbucket app passwords can no longer be created.' },
    { date: '2026-07-28', text: 'Bitbucket app passwords stopped working for git and the API. Replace each one with an API token.' },
  ],
  formats: formatsOf('bitbucket-cloud'),
  // Atlassian API tokens and access tokens cannot be edited, only revoked (support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account).
  addScopes: 'Atlassian cannot change the scopes of an existing token, so create a new one with the guide and replace this one',
  docsUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/using-api-tokens/',
  linkHosts: ['id.atlassian.com', 'bitbucket.org', 'support.atlassian.com'],
  notices: () => [
    'App passwords stopped working on 2026-07-28. If you still have one stored anywhere, replace it with this API token; git keeps using your Bitbucket username.',
    'Bitbucket does not report an API token\u2019s expiry, so enter the date you picked when you save.',
  ],
}

import { formatsOf } from '../formats/index'
import type { HostSpec, TokenVariant } from '../types'
import { hostPort, joinUrl } from '../url-parts'

/** Permission names as the token form shows them. */
const LEVELS: Record<string, string> = {
  PROJECT_READ: 'Project permissions: Project read',
  REPO_READ: 'Repository permissions: Repository read',
  REPO_WRITE: 'Repository permissions: Repository write',
}

/** HTTP access tokens (called personal access tokens before 8.0); permissions are project and repository levels. */
const httpToken: TokenVariant = {
  id: 'http-access-token',
  label: 'HTTP access token',
  summary: 'A personal token with project and repository permissions.',
  purposes: {
    // The form always sets both levels; Project read is the lowest project level.
    read: { label: 'Clone and pull', scopes: ['PROJECT_READ', 'REPO_READ'], checklist: [LEVELS.PROJECT_READ!, LEVELS.REPO_READ!] },
    write: { label: 'Clone, pull and push', scopes: ['PROJECT_READ', 'REPO_WRITE'], checklist: [LEVELS.PROJECT_READ!, LEVELS.REPO_WRITE!] },
    integration: {
      label: 'A tool that uses the API and pushes',
      scopes: ['PROJECT_READ', 'REPO_WRITE'],
      checklist: [LEVELS.PROJECT_READ!, LEVELS.REPO_WRITE!],
      note: 'Reading your own account needs nothing more; raise the project level only if the tool documents it.',
      // Permission table (confluence.atlassian.com, HTTP access tokens): Repository write = "Perform pull request actions, Push, pull, and clone".
      branchesAndRequests: 'Repository write already covers creating branches and pull requests.',
    },
  },
  tokenPage: (i) => joinUrl(i.location.url, 'plugins/servlet/access-tokens/add'),
  steps: (i) => [
    'Sign in to your Bitbucket server, then open your profile picture > Manage account > HTTP access tokens (older versions: Personal access tokens).',
    'Click "Create token".',
    `Name it "${i.tokenName}".`,
    `Set ${i.scopes.map((s) => LEVELS[s] ?? s).join(', and ')}. The repository level must be at least the project level.`,
    'Choose when it expires, if your server lets you. Once set, the date cannot be changed.',
    'Click "Create" and copy the token right away: it is shown only once.',
  ],
  username: { label: 'Bitbucket username', hint: 'Your login on this server; git sends it with the token.', required: true },
}

/** Bitbucket Data Center / Server on the user's host; REST under /rest. */
export const bitbucketDataCenter: HostSpec = {
  kind: 'bitbucket-data-center',
  displayName: 'Bitbucket Data Center',
  tagline: 'Your own Bitbucket Server or Data Center',
  needs: { url: true, org: false, collection: false, region: false },
  urlExample: 'https://bitbucket.example.com',
  apiBase: (loc) => joinUrl(loc.url, 'rest'),
  gitHost: (loc) => hostPort(loc.url),
  purposes: httpToken.purposes,
  variants: [httpToken],
  gitUsername: (input) => input.username?.trim() || undefined,
  lifetime: { maxDays: null, defaultDays: null, expiryRequired: false, hostReportsExpiry: false, note: 'Expiry is optional unless an administrator requires it and sets a maximum.' },
  deprecations: [],
  formats: formatsOf('bitbucket-data-center'),
  // "Selecting Edit will allow you to change a token's name or its permissions" (confluence.atlassian.com, Managing HTTP access tokens).
  addScopes: 'edit the token\u2019s permissions on Bitbucket (Manage account > HTTP access tokens > Edit), or create a new one with the guide',
  docsUrl: 'https://confluence.atlassian.com/bitbucketserver091/http-access-tokens-1443038354.html',
  linkHosts: ['confluence.atlassian.com'],
  notices: () => [
    'If the link shows "Page not found", use your profile picture > Manage account > HTTP access tokens.',
    'Recent versions accept tokens only for git and the REST API, not for signing in to the web pages.',
  ],
}

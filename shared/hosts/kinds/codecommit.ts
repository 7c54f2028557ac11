import { formatsOf } from '../formats/index'
import type { HostSpec, ResolvedLocation, TokenVariant } from '../types'
import { awsDomain, codecommitGitHost } from '../aws-domain'
import { CODECOMMIT_ACTIONS } from './codecommit-policy'

// IAM "My security credentials" page; the exact CodeCommit tab deep link is unconfirmed, so the page itself.
const IAM_PAGE = 'https://console.aws.amazon.com/iam/home#/security_credentials'


/** IAM HTTPS Git credentials: username `<user>-at-<account>` and a generated password; git only. */
const gitCredentials: TokenVariant = {
  id: 'git-credentials',
  label: 'HTTPS Git credentials',
  summary: 'A user name and password for CodeCommit git only. Nothing else in AWS accepts them.',
  purposes: {
    read: { label: 'Clone and pull', scopes: [...CODECOMMIT_ACTIONS.read], note: 'Permissions come from the IAM user\u2019s policies, not from the credentials.' },
    write: { label: 'Clone, pull and push', scopes: [...CODECOMMIT_ACTIONS.write], note: 'Permissions come from the IAM user\u2019s policies, not from the credentials.' },
  },
  tokenPage: () => IAM_PAGE,
  steps: (i) => [
    'Sign in to the AWS console as the IAM user that should own the credentials (not the root user; federated and SSO users cannot have them).',
    'Open Security credentials, then the "AWS CodeCommit credentials" tab.',
    'Under "HTTPS Git credentials for AWS CodeCommit", click "Generate credentials" (each user can have two).',
    'Copy both the user name and the password right away: the password is shown only once.',
    `Make sure the user's IAM policy allows ${i.scopes.join(' and ')} on the repositories.`,
  ],
  secretLabel: 'password',
  named: false,
  checklistTitle: 'The IAM user\u2019s policy must allow',
  username: { label: 'Git credentials user name', hint: 'Looks like name-at-123456789012.', required: true },
}

/** IAM access key pair; PAT Keeper's git helper derives a fresh SigV4 password on every request. */
const accessKey: TokenVariant = {
  id: 'access-key',
  label: 'IAM access key',
  summary: 'An access key pair; PAT Keeper signs each git request with it, and can check it against AWS.',
  purposes: {
    // Git needs only GitPull/GitPush; GetRepository lets PAT Keeper's check also confirm the repository.
    read: { label: 'Clone and pull', scopes: [...CODECOMMIT_ACTIONS.read], note: 'Optionally allow codecommit:GetRepository too: PAT Keeper\u2019s check then also confirms the repository.' },
    write: { label: 'Clone, pull and push', scopes: [...CODECOMMIT_ACTIONS.write], note: 'Optionally allow codecommit:GetRepository too: PAT Keeper\u2019s check then also confirms the repository.' },
    integration: {
      label: 'A tool that uses the API, pushes and opens pull requests',
      scopes: [...CODECOMMIT_ACTIONS.integration],
      branchesAndRequests: 'Creating branches needs codecommit:CreateBranch (and GetBranch); opening pull requests needs codecommit:CreatePullRequest (and GetPullRequest). Copy the policy below, scoped to your repositories.',
    },
  },
  tokenPage: () => IAM_PAGE,
  steps: (i) => [
    'Sign in to the AWS console as the IAM user that should own the key (not the root user).',
    'Open Security credentials, then "Access keys" > "Create access key"; choose "Command Line Interface (CLI)" as the use case.',
    'Copy the access key ID and the secret access key right away: the secret is shown only once.',
    `Make sure the user's IAM policy allows ${i.scopes.join(', ')} on the repositories, and nothing it does not need.`,
  ],
  secretLabel: 'secret access key',
  named: false,
  checklistTitle: 'The IAM user\u2019s policy must allow',
  username: { label: 'Access key ID', hint: 'Starts with AKIA; git sends it as the user name.', required: true },
}

/** AWS CodeCommit: region-scoped endpoints, IAM Git credentials or access keys. */
export const codecommit: HostSpec = {
  kind: 'codecommit',
  displayName: 'AWS CodeCommit',
  tagline: 'Git repositories in an AWS region',
  needs: { url: false, org: false, collection: false, region: true },
  apiBase: (loc: ResolvedLocation) => `https://codecommit.${loc.region ?? ''}.${awsDomain(loc.region)}`,
  gitHost: (loc: ResolvedLocation) => codecommitGitHost(loc.region),
  purposes: gitCredentials.purposes,
  variants: [gitCredentials, accessKey],
  // Git sends the credential user name or the access key id; there is no default.
  gitUsername: (input) => input.username?.trim() || undefined,
  lifetime: {
    maxDays: null,
    defaultDays: null,
    expiryRequired: false,
    hostReportsExpiry: false,
    note: 'Git credentials and long-term access keys never expire; PAT Keeper reminds you to rotate them.',
    dateHint: 'These never expire on their own. Enter the date you plan to rotate them (PAT Keeper reminds you before it), or choose "No expiry".',
  },
  // Clone URL form (docs.aws.amazon.com/codecommit/latest/userguide/regions.html, "Git connection endpoints").
  testUrlExample: 'https://git-codecommit.<region>.amazonaws.com/v1/repos/<name>',
  deprecations: [
    { date: '2024-07-25', text: 'AWS closed CodeCommit to new customers; it later returned to general availability. Existing repositories kept working throughout.' },
  ],
  formats: formatsOf('codecommit'),
  // Permissions come from the IAM user's policies, not the credentials (docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html).
  addScopes: 'add them to the IAM user\u2019s policy (IAM console > Users > Permissions); the key or credentials stay the same',
  docsUrl: 'https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-gc.html',
  linkHosts: ['console.aws.amazon.com', 'docs.aws.amazon.com'],
  notices: (_loc, _purpose, variant) =>
    variant === 'access-key'
      ? ['Temporary keys (starting with ASIA) expire within hours and need a session token: use a long-term key or HTTPS Git credentials here.']
      : ['HTTPS Git credentials work only for IAM users, not for roles, SSO or federated sign-in: use an access key for those.'],
}

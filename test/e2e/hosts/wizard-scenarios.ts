import { randomBytes } from 'node:crypto'
import type { HostKind } from '../../../shared/domain/hosts'
import { atlassianToken, azureLegacyToken, bbdcToken, githubToken, gitlabRoutableToken } from '../../helpers/token-samples'

const alnum = (n: number) => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return [...randomBytes(n)].map((b) => chars[b % chars.length]).join('')
}

/** One walk through the wizard: what the user types and what they should see. */
export interface Scenario {
  kind: HostKind
  /** Field label -> value on the "Where" step. */
  where?: Record<string, string>
  variant?: RegExp
  purpose: RegExp
  /** Pasted first; each must show its warning. */
  mistakes: { secret: string; warning: string }[]
  secret: string
  recognised?: RegExp
  /** Warnings the good secret still shows (Azure DevOps global PAT notice). */
  keeps?: string[]
  username?: string
  usernameLabel?: string
  email?: string
  /** Expected start of the opened token page. */
  page: string
  /** Validation outcome the details step shows: a status, or 'could not check'. */
  outcome: 'valid' | 'unreachable'
  /** Guide text that must be on screen (deprecations, global PAT notice). */
  guideSays?: RegExp
}

/** Fresh secrets per run (unique labels and keychain items). */
export const makeScenarios = () => {
  const gh = `github_pat_${alnum(22)}_${alnum(59)}`
  // Tokens with checksums carry a correct one, as the hosts issue them (else the paste step warns).
  const ghe = githubToken('ghp_')
  const gl = `glpat-${alnum(20)}`
  const glsm = gitlabRoutableToken('SIE-glpat-')
  const bb = atlassianToken()
  const bbdc = bbdcToken()
  const ado = `${alnum(40)}AZDO${alnum(40)}`
  const ados = azureLegacyToken()
  const cc = alnum(43) + '='
  const scenarios: Scenario[] = [
    {
      kind: 'github', variant: /^Fine-grained token/, purpose: /^Push, including GitHub Actions workflow files/,
      mistakes: [{ secret: `glpat-${alnum(20)}`, warning: 'other-host' }, { secret: 'Summer2026!', warning: 'looks-like-password' }, { secret: ` ${gh}\n`, warning: 'whitespace' }],
      secret: gh, recognised: /GitHub fine-grained/, username: 'octocat', usernameLabel: 'Username (optional)',
      page: 'https://github.com/settings/personal-access-tokens/new?name=PAT%20Keeper%20write-workflows%20', outcome: 'valid',
    },
    {
      kind: 'github-enterprise', where: { 'Server address': 'github.acme.example' }, purpose: /^Clone and pull/,
      mistakes: [{ secret: `ATBB${alnum(32)}`, warning: 'app-password-dead' }],
      secret: ghe, recognised: /GitHub personal access token \(classic\)/, page: 'https://github.acme.example/settings/tokens/new?scopes=repo&description=', outcome: 'valid',
    },
    {
      kind: 'gitlab', purpose: /^Clone, pull and push/, mistakes: [{ secret: `ghp_${alnum(36)}`, warning: 'other-host' }],
      secret: gl, recognised: /GitLab personal/, page: 'https://gitlab.com/-/user_settings/personal_access_tokens?name=PAT%20Keeper%20write%20', outcome: 'valid',
    },
    {
      kind: 'gitlab-self-managed', where: { 'Server address': 'https://gitlab.acme.example/' }, purpose: /^A tool that uses the API/,
      mistakes: [{ secret: 'hunter2', warning: 'looks-like-password' }], secret: glsm, recognised: /GitLab/,
      page: 'https://gitlab.acme.example/-/user_settings/personal_access_tokens?name=PAT%20Keeper%20integration%20', outcome: 'unreachable',
    },
    {
      kind: 'bitbucket-cloud', purpose: /^Clone, pull and push/, mistakes: [{ secret: `ATBB${alnum(32)}`, warning: 'app-password-dead' }],
      secret: bb, recognised: /Atlassian API token/, username: 'alice-bb', usernameLabel: 'Bitbucket username', email: 'alice@acme.example',
      page: 'https://id.atlassian.com/manage-profile/security/api-tokens', outcome: 'valid', guideSays: /App passwords stopped working on 2026-07-28/,
    },
    {
      kind: 'bitbucket-data-center', where: { 'Server address': 'https://bitbucket.acme.example:8443' }, purpose: /^Clone and pull/,
      mistakes: [{ secret: atlassianToken(), warning: 'other-host' }], secret: bbdc, recognised: /Data Center/, username: 'alice', usernameLabel: 'Bitbucket username',
      page: 'https://bitbucket.acme.example:8443/plugins/servlet/access-tokens/add', outcome: 'valid',
    },
    {
      kind: 'azure-devops', where: { Organization: 'https://dev.azure.com/contoso/' }, purpose: /^Clone, pull and push/,
      mistakes: [{ secret: 'password123', warning: 'looks-like-password' }], secret: ado, recognised: /Azure DevOps/, keeps: ['azure-global-pat'],
      page: 'https://dev.azure.com/contoso/_usersSettings/tokens', outcome: 'valid', guideSays: /Global PATs \("All accessible organizations"\) stopped working on 2026-12-01/,
    },
    {
      kind: 'azure-devops-server', where: { 'Server address': 'https://tfs.acme.example/tfs', Collection: 'DefaultCollection' }, purpose: /^Clone and pull/,
      mistakes: [{ secret: `glpat-${alnum(20)}`, warning: 'other-host' }], secret: ados, recognised: /Azure DevOps personal access token \(older format\)/,
      page: 'https://tfs.acme.example/tfs/DefaultCollection/_usersSettings/tokens', outcome: 'unreachable',
    },
    {
      kind: 'codecommit', where: { 'AWS region': 'eu-west-1' }, variant: /^HTTPS Git credentials/, purpose: /^Clone, pull and push/,
      mistakes: [{ secret: 'AKIAIOSFODNN7EXAMPLE', warning: 'access-key-id' }], secret: cc, username: 'dev-at-123456789012', usernameLabel: 'Git credentials user name',
      page: 'https://console.aws.amazon.com/iam/home#/security_credentials', outcome: 'unreachable',
    },
  ]
  return { scenarios, secrets: { gh, ghe, gl, bb, bbdc, ado } }
}

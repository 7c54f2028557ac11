import type { Purpose } from '../../domain/hosts'
import type { PurposeSpec, TokenPageInput, TokenVariant } from '../types'
import { clip, joinUrl, withQuery } from '../url-parts'

/** Fine-grained permissions per purpose (docs' "Push access" and "workflows=write" examples). */
const FINE: Partial<Record<Purpose, PurposeSpec>> = {
  read: { label: 'Clone and pull', scopes: ['contents:read'], checklist: ['Repository access: only the repositories this token needs', 'Repository permissions > Contents: Read-only'] },
  write: { label: 'Clone, pull and push', scopes: ['contents:write'], checklist: ['Repository access: only the repositories this token needs', 'Repository permissions > Contents: Read and write'] },
  'write-workflows': {
    label: 'Push, including GitHub Actions workflow files',
    scopes: ['contents:write', 'workflows:write'],
    checklist: ['Repository access: only the repositories this token needs', 'Repository permissions > Contents: Read and write', 'Repository permissions > Workflows: Read and write'],
  },
  integration: {
    label: 'A tool that uses the API and pushes',
    scopes: ['contents:write', 'pull_requests:write'],
    note: 'Reading the account profile needs no extra permission; add only what else the tool documents.',
    checklist: ['Repository access: only the repositories this token needs', 'Repository permissions > Contents: Read and write', 'Repository permissions > Pull requests: Read and write', 'Anything else the tool documents, and nothing more'],
    // github/docs permissions-required-for-fine-grained-personal-access-tokens.md: "Create a reference" needs
    // Contents write; "Create a pull request" needs Pull requests write.
    branchesAndRequests: 'Creating branches needs Contents: Read and write; opening pull requests needs Pull requests: Read and write.',
  },
}

/** Classic scopes per purpose (GitHub "Scopes for OAuth apps"). */
const CLASSIC: Partial<Record<Purpose, PurposeSpec>> = {
  read: { label: 'Clone and pull', scopes: ['repo'], note: 'Classic tokens have no read-only scope for private repositories: "repo" also allows push. For public repositories no scope is needed.' },
  write: { label: 'Clone, pull and push', scopes: ['repo'] },
  'write-workflows': { label: 'Push, including GitHub Actions workflow files', scopes: ['repo', 'workflow'] },
  // "repo" grants full control of private repositories, branches and pull requests included (github/docs scopes-for-oauth-apps.md).
  integration: { label: 'A tool that uses the API and pushes', scopes: ['repo', 'read:user'], branchesAndRequests: '"repo" already covers creating branches and pull requests.' },
}

/** "contents:write" -> the `contents=write` pre-fill parameter. */
const permissionParams = (scopes: string[]): [string, string][] => scopes.map((s) => s.split(':') as [string, string])

const expiryParam = (days: number | undefined): string | undefined => (days === undefined ? undefined : String(Math.min(366, Math.max(1, Math.round(days)))))

const fineSteps = (who: string) => (i: TokenPageInput & { scopes: string[] }): string[] => [
  `If asked, sign in to ${who} as the account that should own the token. (By hand: Settings > Developer settings > Personal access tokens > Fine-grained tokens > Generate new token.)`,
  `Check the name ("${clip(i.tokenName, 40)}") and pick an expiration. Shorter is safer; PAT Keeper reminds you before it runs out.`,
  'Under "Resource owner", pick the user or organization that owns the repositories.',
  'Under "Repository access", choose "Only select repositories" and pick the ones this token is for.',
  `Under "Permissions", set these repository permissions: ${i.scopes.join(', ')}. GitHub adds Metadata: Read-only on its own.`,
  'Click "Generate token" and copy it right away: GitHub shows it only once.',
  'If the organization asks for approval, the token works for public data only until an owner approves it.',
]

const classicSteps = (who: string) => (i: TokenPageInput & { scopes: string[] }): string[] => [
  `If asked, sign in to ${who}. (By hand: Settings > Developer settings > Personal access tokens > Tokens (classic) > Generate new token (classic).)`,
  `Check the note ("${i.tokenName}") and pick an expiration. Shorter is safer; PAT Keeper reminds you before it runs out.`,
  `Tick exactly these scopes: ${i.scopes.join(', ')}. Leave the rest unticked.`,
  'Click "Generate token" and copy it right away: GitHub shows it only once.',
  'If your organization uses SAML single sign-on, click "Configure SSO" next to the token and authorize it for that organization.',
]

/** The two GitHub credential variants; `fineFirst` puts fine-grained first (github.com), else classic. */
export const githubVariants = (who: string, fineFirst: boolean, finePrefill: boolean): TokenVariant[] => {
  const fine: TokenVariant = {
    id: 'fine-grained',
    label: 'Fine-grained token',
    summary: 'Least privilege: only the repositories and permissions you pick. Cannot span several organizations.',
    purposes: FINE,
    tokenPage: (i) => {
      const base = joinUrl(i.location.url, 'settings/personal-access-tokens/new')
      if (!finePrefill) return base
      return withQuery(base, [
        ['name', clip(i.tokenName, 40)],
        ['description', i.description === undefined ? undefined : clip(i.description, 1024)],
        ['expires_in', expiryParam(i.expiresInDays)],
        ...permissionParams(FINE[i.purpose]?.scopes ?? FINE.write!.scopes),
      ])
    },
    steps: fineSteps(who),
  }
  const classic: TokenVariant = {
    id: 'classic',
    label: 'Classic token',
    summary: 'Works everywhere (several organizations, outside collaborators), but "repo" covers every repository you can reach.',
    purposes: CLASSIC,
    // Classic pages take `scopes` and `description` (the "Note"); there is no expiry parameter.
    tokenPage: (i) => withQuery(joinUrl(i.location.url, 'settings/tokens/new'), [
      ['scopes', (CLASSIC[i.purpose]?.scopes ?? CLASSIC.write!.scopes).join(',')],
      ['description', i.tokenName],
    ]),
    steps: classicSteps(who),
  }
  return fineFirst ? [fine, classic] : [classic, fine]
}

/** Git over HTTPS: GitHub needs a non-empty username but ignores it; the login is the convention. */
export const githubGitUsername = (input: { username?: string }): string => input.username?.trim() || 'x-access-token'

import type { HostSpec } from '../types'
import { formatsOf } from '../formats/index'
import { githubGitUsername, githubVariants } from './github-common'

const variants = githubVariants('github.com', true, true)

/** GitHub.com: fine-grained tokens first (pre-fill documented since 2025-08-26), classic as the fallback. */
export const github: HostSpec = {
  kind: 'github',
  displayName: 'GitHub.com',
  tagline: 'github.com, including GitHub Enterprise Cloud organizations',
  defaultUrl: 'https://github.com',
  needs: { url: false, org: false, collection: false, region: false },
  apiBase: () => 'https://api.github.com',
  gitHost: () => 'github.com',
  purposes: variants[0]!.purposes,
  variants,
  gitUsername: githubGitUsername,
  lifetime: {
    maxDays: null,
    defaultDays: 30,
    expiryRequired: false,
    hostReportsExpiry: true,
    note: 'Tokens may be created without expiry for personal use; organizations usually cap fine-grained tokens at 366 days and may cap classic ones.',
  },
  deprecations: [],
  formats: formatsOf('github'),
  // Classic and fine-grained tokens can both be edited (github/docs managing-your-personal-access-tokens.md).
  addScopes: 'edit the token on GitHub (Settings > Developer settings > Personal access tokens), or create a new one with the guide',
  docsUrl: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  linkHosts: ['github.com', 'docs.github.com'],
  notices: (_loc, _purpose, variant) =>
    variant === 'fine-grained'
      ? ['Fine-grained tokens cannot span several organizations or work as an outside collaborator. Use a classic token for those cases.']
      : ['GitHub deletes tokens that go unused for a year.'],
}

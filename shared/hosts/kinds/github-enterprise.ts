import type { HostSpec } from '../types'
import { hostPort, joinUrl } from '../url-parts'
import { formatsOf } from '../formats/index'
import { githubGitUsername, githubVariants } from './github-common'

// Fine-grained pre-fill is documented for github.com / GHEC only (docs source `ifversion fpt or ghec`),
// and fine-grained tokens need GHES 3.10+, so Enterprise Server starts with classic tokens.
const variants = githubVariants('your GitHub Enterprise Server', false, false)

/** GitHub Enterprise Server: the user's own host; REST API under /api/v3. */
export const githubEnterprise: HostSpec = {
  kind: 'github-enterprise',
  displayName: 'GitHub Enterprise Server',
  tagline: 'Your company\u2019s own GitHub server',
  needs: { url: true, org: false, collection: false, region: false },
  urlExample: 'https://github.example.com',
  apiBase: (loc) => joinUrl(loc.url, 'api/v3'),
  gitHost: (loc) => hostPort(loc.url),
  purposes: variants[0]!.purposes,
  variants,
  gitUsername: githubGitUsername,
  lifetime: {
    maxDays: null,
    defaultDays: 30,
    expiryRequired: false,
    hostReportsExpiry: true,
    note: 'Your administrators may set a maximum lifetime (GHES 3.16 and later).',
  },
  deprecations: [],
  formats: formatsOf('github-enterprise'),
  // Classic and fine-grained tokens can both be edited (github/docs managing-your-personal-access-tokens.md).
  addScopes: 'edit the token on GitHub Enterprise (Settings > Developer settings > Personal access tokens), or create a new one with the guide',
  docsUrl: 'https://docs.github.com/en/enterprise-server@latest/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  linkHosts: ['docs.github.com'],
  notices: (_loc, _purpose, variant) =>
    variant === 'fine-grained'
      ? ['Fine-grained tokens need GitHub Enterprise Server 3.10 or later. The server does not pre-fill the form, so set the permissions listed below yourself.']
      : [],
}

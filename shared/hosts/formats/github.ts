import type { HostKind } from '../../domain/hosts'
import type { TokenFormat } from '../types'
import { githubChecksumOk } from './checksums'

const KINDS: HostKind[] = ['github', 'github-enterprise']
const BLOG = 'github.blog 2021-04-05 "Behind GitHub\u2019s new authentication token formats"; changelog 2021-03-31 (lengths up to 255)'

const app = (prefix: string, label: string, caution: string, source: string): TokenFormat => ({
  type: 'app-token', label, prefix,
  pattern: new RegExp(`^${prefix}[A-Za-z0-9]{36,251}$`),
  cut: new RegExp(`^${prefix}[A-Za-z0-9]{0,35}$`),
  length: { min: 40, max: 255 }, alphabet: 'A-Z a-z 0-9, last 6 a base62 CRC-32', checksum: githubChecksumOk,
  personal: false, kinds: KINDS, caution: { code: 'not-a-pat', message: caution }, source,
})

/** GitHub's token formats (the same on Enterprise Server). */
export const GITHUB_FORMATS: TokenFormat[] = [
  {
    type: 'classic', label: 'GitHub personal access token (classic)', prefix: 'ghp_',
    pattern: /^ghp_[A-Za-z0-9]{36,251}$/, cut: /^ghp_[A-Za-z0-9]{0,35}$/, length: { min: 40, max: 255 },
    alphabet: 'A-Z a-z 0-9, last 6 a base62 CRC-32', checksum: githubChecksumOk, personal: true, kinds: KINDS,
    source: `${BLOG}; gitleaks cmd/generate/config/rules/github.go (GitHubPat: ghp_ + 36)`,
  },
  {
    // 22 + "_" + 59 observed; GitHub publishes no checksum for these, so none is checked.
    type: 'fine-grained', label: 'GitHub fine-grained personal access token', prefix: 'github_pat_',
    pattern: /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59,221}$/, cut: /^github_pat_(?:[A-Za-z0-9]{0,21}|[A-Za-z0-9]{22}_[A-Za-z0-9]{0,58})$/,
    length: { min: 93, max: 255 }, alphabet: 'A-Z a-z 0-9 with one _ after 22', personal: true, kinds: KINDS,
    source: 'github.blog changelog 2022-10-18 (fine-grained PATs); gitleaks rules/github.go (GitHubFineGrainedPat: github_pat_ + 82)',
  },
  // Installation tokens since 2026 carry dots and underscores and run to ~520 characters; no checksum is published.
  {
    type: 'app-token', label: 'GitHub App installation token', prefix: 'ghs_',
    pattern: /^ghs_(?=[A-Za-z0-9]*[._])[A-Za-z0-9._-]{36,700}$/, length: { min: 40, max: 704 }, alphabet: 'A-Z a-z 0-9 . _ -',
    personal: false, kinds: KINDS,
    caution: { code: 'not-a-pat', message: 'This is a GitHub App installation token: it expires after an hour. Create a personal access token instead.' },
    source: 'Samsung/CredSweeper tests/samples/github_app_install_token; trufflehog pkg/detectors/github/v2/github_test.go (ghs_ with _)',
  },
  app('ghs_', 'GitHub App installation token', 'This is a GitHub App installation token (it starts with ghs_): it expires after an hour. Create a personal access token instead.', `${BLOG}; gitleaks rules/github.go (GitHubApp)`),
  app('ghu_', 'GitHub App user token', 'This is a token a GitHub App got for you (it starts with ghu_); it expires after 8 hours. Create a personal access token instead.', `${BLOG}; gitleaks rules/github.go (GitHubApp)`),
  app('gho_', 'GitHub OAuth token', 'This is an OAuth token an app got for you (it starts with gho_). It does not expire by default, but the app can lose it or you can revoke the app; a personal access token is easier to manage here.', `${BLOG}; gitleaks rules/github.go (GitHubOauth)`),
  app('ghr_', 'GitHub refresh token', 'This is a GitHub App refresh token (it starts with ghr_): it lasts 6 months and only buys new 8-hour tokens; git cannot use it. Create a personal access token instead.', `${BLOG}; docs.github.com "Refreshing user access tokens"; gitleaks rules/github.go (GitHubRefresh)`),
  {
    type: 'classic', label: 'GitHub token (pre-2021 format)', prefix: '', pattern: /^[0-9a-f]{40}$/, length: { min: 40, max: 40 },
    alphabet: 'lowercase hex', personal: true, kinds: KINDS, onlyWhenChosen: true,
    source: 'github.blog 2021-04-05 (old tokens were 40 hex characters)',
  },
]

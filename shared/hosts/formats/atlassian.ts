import type { TokenFormat } from '../types'
import { atlassianChecksumOk, bbdcStructureOk } from './checksums'

const CRC_SOURCE = 'Samsung/CredSweeper credsweeper/filters/value_atlassian_token_check.py (trailing CRC-32)'

/** Atlassian (Bitbucket Cloud) and Bitbucket Data Center token formats. */
export const ATLASSIAN_FORMATS: TokenFormat[] = [
  {
    type: 'api-token', label: 'Atlassian API token', prefix: 'ATATT', pattern: /^ATATT[A-Za-z0-9_=-]{187}$/, cut: /^ATATT[A-Za-z0-9_=-]{0,186}$/,
    length: { min: 192, max: 192 }, alphabet: 'A-Z a-z 0-9 _ - =, last 8 an uppercase-hex CRC-32', checksum: atlassianChecksumOk,
    personal: true, kinds: ['bitbucket-cloud'],
    source: `gitleaks cmd/generate/config/rules/atlassian.go (ATATT3 + 186); ${CRC_SOURCE}`,
  },
  {
    type: 'access-token', label: 'Bitbucket repository, project or workspace access token', prefix: 'ATCTT',
    pattern: /^ATCTT[A-Za-z0-9_=-]{187}$/, cut: /^ATCTT[A-Za-z0-9_=-]{0,186}$/, length: { min: 192, max: 192 },
    alphabet: 'A-Z a-z 0-9 _ - =, last 8 an uppercase-hex CRC-32', checksum: atlassianChecksumOk, personal: true, kinds: ['bitbucket-cloud'],
    caution: { code: 'access-token', message: 'This is a repository, project or workspace access token: git must send the username x-token-auth with it.' },
    source: `CredSweeper tests/samples/bitbucket_repository_access_token; ${CRC_SOURCE}`,
  },
  {
    type: 'app-password', label: 'Bitbucket app password', prefix: 'ATBB', pattern: /^ATBB[A-Za-z0-9]{32}$/, cut: /^ATBB[A-Za-z0-9]{0,31}$/,
    length: { min: 36, max: 36 }, alphabet: 'A-Z a-z 0-9, last 8 an uppercase-hex CRC-32', checksum: atlassianChecksumOk, personal: true,
    kinds: ['bitbucket-cloud'],
    dead: {
      code: 'app-password-dead',
      message: 'This is a Bitbucket app password. App passwords stopped working on 2026-07-28. Create an Atlassian API token with Bitbucket scopes instead (the guide shows how) and paste that.',
    },
    source: `CredSweeper tests/samples/bitbucket_app_password; ${CRC_SOURCE}`,
  },
  {
    type: 'http-access-token', label: 'Bitbucket Data Center HTTP access token', prefix: 'BBDC-',
    pattern: /^BBDC-[A-Za-z0-9+/_=-]{30,80}$/, cut: /^BBDC-[A-Za-z0-9+/_=-]{0,29}$/, length: { min: 35, max: 85 },
    alphabet: 'base64 of "<numeric id>:<random bytes>"', checksum: bbdcStructureOk, personal: true, kinds: ['bitbucket-data-center'],
    source: 'CredSweeper tests/samples/bitbuckert_http_access_token and value_atlassian_token_check.py (check_atlassian_struct)',
  },
]

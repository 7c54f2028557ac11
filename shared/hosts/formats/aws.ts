import type { TokenFormat } from '../types'

const IDS = 'docs.aws.amazon.com IAM "Unique identifier prefixes" (AKIA long-term, ASIA temporary)'

/** AWS shapes a CodeCommit user may paste. Secrets have no prefix, so they are claimed only when CodeCommit was chosen. */
export const AWS_FORMATS: TokenFormat[] = [
  {
    type: 'access-key-id', label: 'AWS access key ID', prefix: 'AKIA', pattern: /^AKIA[A-Z0-9]{16}$/, cut: /^AKIA[A-Z0-9]{0,15}$/, length: { min: 20, max: 20 },
    alphabet: 'A-Z 0-9', personal: false, kinds: ['codecommit'],
    caution: { code: 'access-key-id', message: 'This is an access key ID. It goes in the "Access key ID" field; paste the secret access key here.' },
    source: `${IDS}; gitleaks cmd/generate/config/rules/aws.go`,
  },
  {
    type: 'access-key-id', label: 'AWS temporary access key ID', prefix: 'ASIA', pattern: /^ASIA[A-Z0-9]{16}$/, cut: /^ASIA[A-Z0-9]{0,15}$/, length: { min: 20, max: 20 },
    alphabet: 'A-Z 0-9', personal: false, kinds: ['codecommit'],
    caution: { code: 'access-key-id', message: 'This is a temporary access key ID: it goes in the "Access key ID" field, and temporary keys expire within hours. Use a long-term key or HTTPS Git credentials.' },
    source: IDS,
  },
  {
    type: 'access-key', label: 'AWS secret access key', prefix: '', pattern: /^[A-Za-z0-9/+]{40}$/, length: { min: 40, max: 40 },
    alphabet: 'A-Z a-z 0-9 / +', personal: true, kinds: ['codecommit'], onlyWhenChosen: true,
    source: 'docs.aws.amazon.com IAM "Managing access keys" (example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY); trufflehog pkg/detectors/aws/access_keys/accesskey.go',
  },
  {
    type: 'git-credentials', label: 'CodeCommit HTTPS Git password', prefix: '', pattern: /^[A-Za-z0-9/+]{43}=$/, length: { min: 44, max: 44 },
    alphabet: 'base64 of 32 bytes', personal: true, kinds: ['codecommit'], onlyWhenChosen: true,
    source: 'awscli reference iam/create-service-specific-credential (ServicePassword, 44 base64 characters)',
  },
]

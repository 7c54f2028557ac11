import type { HostKind } from '../../domain/hosts'
import type { TokenFormat } from '../types'
import { gitlabRoutableChecksumOk } from './checksums'

const KINDS: HostKind[] = ['gitlab', 'gitlab-self-managed']
const PREFIXES = 'docs.gitlab.com/security/tokens/#token-prefixes (doc/security/tokens/index.md)'
/** An optional instance prefix such as `SIE-` (GitLab MR 211171: at most 20 characters). */
const INSTANCE = '(?:[A-Za-z0-9_]{1,20}-)?'
/** What an instance prefix adds at most to a token's length. */
const INSTANCE_MAX = 21

/** Routable shape `<prefix><payload 27-300>.<version>.<length><crc>` (routable_token.rb). */
const routable = (prefix: string): { pattern: RegExp; cut: RegExp } => ({
  pattern: new RegExp(`^${INSTANCE}${prefix}[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}\\.[0-9a-z]{9}$`),
  cut: new RegExp(`^${INSTANCE}${prefix}[A-Za-z0-9_-]{0,300}(?:\\.[0-9a-z]{0,2}(?:\\.[0-9a-z]{0,8})?)?$`),
})

const other = (prefix: string, label: string, what: string, body: string, min: number, max: number, source: string): TokenFormat => ({
  type: 'not-personal', label, prefix, pattern: new RegExp(`^${INSTANCE}${prefix}${body}$`), length: { min, max: max + INSTANCE_MAX }, alphabet: body,
  personal: false, kinds: KINDS, source: `${PREFIXES}; ${source}`,
  caution: { code: 'not-a-pat', message: `This is a GitLab ${what}, not a personal access token. Create a personal access token as the guide shows.` },
})

/** GitLab's token prefixes. Personal, project and group access tokens share `glpat-`. */
export const GITLAB_FORMATS: TokenFormat[] = [
  {
    type: 'personal', label: 'GitLab personal, project or group access token', prefix: 'glpat-', ...routable('glpat-'),
    length: { min: 46, max: 319 + INSTANCE_MAX }, alphabet: 'base64url payload, then .version.length and a base36 CRC-32',
    checksum: gitlabRoutableChecksumOk, personal: true, kinds: KINDS,
    // Payload, then ".01." (4), the 2-character length and the 7-character CRC.
    wholeLength: (clipped) => (clipped.includes('.') ? clipped.indexOf('.') + 13 : undefined),
    source: 'gitlab-org/gitlab lib/authn/token_field/generator/routable_token.rb; secret-detection-rules gitlab.toml (routable_versioned)',
  },
  {
    type: 'personal', label: 'GitLab personal, project or group access token', prefix: 'glpat-',
    pattern: new RegExp(`^${INSTANCE}glpat-[A-Za-z0-9_-]{20}$`), cut: new RegExp(`^${INSTANCE}glpat-[A-Za-z0-9_-]{0,19}$`),
    length: { min: 26, max: 26 + INSTANCE_MAX }, alphabet: 'A-Z a-z 0-9 _ -', personal: true, kinds: KINDS,
    source: `${PREFIXES}; gitleaks cmd/generate/config/rules/gitlab.go (GitlabPat: glpat- + 20)`,
  },
  other('glrt-', 'GitLab runner authentication token', 'runner authentication token', '(?:t\\d_)?[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}(?:\\.[0-9a-z]{2})?[0-9a-z]{7})?', 25, 340, 'gitleaks rules/gitlab.go (GitlabRunnerAuthenticationToken, ...Routable)'),
  other('glrtr-', 'GitLab runner registration token', 'runner registration token', '[A-Za-z0-9_-]{20,60}', 26, 66, 'CredSweeper tests/samples/gitlab_prefix_token'),
  other('GR1348941', 'GitLab runner registration token (legacy)', 'runner registration token', '[A-Za-z0-9_-]{20}', 29, 29, 'gitleaks rules/gitlab.go (GitlabRunnerRegistrationToken)'),
  other('glptt-', 'GitLab pipeline trigger token', 'pipeline trigger token', '[0-9a-f]{40}', 46, 46, 'gitleaks rules/gitlab.go (GitlabPipelineTriggerToken)'),
  other('glft-', 'GitLab feed token', 'feed token (it only reads RSS and calendar feeds)', '[A-Za-z0-9_-]{20}', 25, 25, 'gitleaks rules/gitlab.go (GitlabFeedToken)'),
  other('glimt-', 'GitLab incoming mail token', 'incoming mail token', '[A-Za-z0-9_-]{25}', 31, 31, 'gitleaks rules/gitlab.go (GitlabIncomingMailToken)'),
  other('glcbt-', 'GitLab CI/CD job token', 'CI/CD job token (it stops working when the job ends)', '[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20,}', 27, 300, 'gitleaks rules/gitlab.go (GitlabCiCdJobToken)'),
  other('glffct-', 'GitLab feature flags client token', 'feature flags client token', '[A-Za-z0-9_-]{20}', 27, 27, 'gitleaks rules/gitlab.go (GitlabFeatureFlagClientToken)'),
  other('glsoat-', 'GitLab SCIM token', 'SCIM token', '[A-Za-z0-9_-]{20}', 27, 27, 'gitleaks rules/gitlab.go (GitlabScimToken)'),
  other('glagent-', 'GitLab agent for Kubernetes token', 'agent for Kubernetes token', '[A-Za-z0-9_-]{50}', 58, 58, 'gitleaks rules/gitlab.go (GitlabKubernetesAgentToken)'),
  other('glwt-', 'GitLab workspace token', 'workspace token', '[A-Za-z0-9_-]{20,60}', 25, 65, 'CredSweeper tests/samples/gitlab_prefix_token'),
  other('gloas-', 'GitLab OAuth application secret', 'OAuth application secret (it belongs to an application, not to you)', '[A-Za-z0-9_-]{64}', 70, 70, 'gitleaks rules/gitlab.go (GitlabOauthAppSecret)'),
  {
    ...other('gldt-', 'GitLab deploy token', 'deploy token', '[A-Za-z0-9_-]{20}', 25, 25, 'gitleaks rules/gitlab.go (GitlabDeployToken)'),
    // `deploy`: the GitLab validator checks these with git, not the token API (validators/gitlab-deploy.ts).
    type: 'deploy',
    caution: { code: 'not-a-pat', message: 'This is a GitLab deploy token: git needs its own username (gitlab+deploy-token-N), and GitLab tells it neither scopes nor expiry, so PAT Keeper checks it with git. A personal or project access token shows more.' },
  },
]

// Pasted strings and what the recogniser must make of them, each with the source it comes from. Samples
// are quoted from the scanners' test files and the hosts' docs (placeholders and revoked or fake tokens,
// never live secrets); "built" ones are made with test/helpers/token-samples.ts the way the host's
// generator makes them.
import type { HostKind } from '../../../shared/domain/hosts'
import { atlassianToken, azureCaskToken, azureLegacyToken, bbdcToken, githubToken, gitlabRoutableToken, randomChars } from '../../helpers/token-samples'

/** One pasted string and what must come out. */
export interface Case {
  name: string
  /** Where the sample (or the rule it tests) comes from. */
  source: string
  secret: string
  kind?: HostKind
  /** Token type; null: no format claimed. */
  type?: string | null
  hostKind?: HostKind
  checksum?: 'ok' | 'failed'
  /** Exactly these warning codes, in order. */
  codes?: string[]
  /** A warning message (or the summary) must match. */
  says?: RegExp
  unknown?: boolean
  cleaned?: boolean
}

const GL = 'Samsung/CredSweeper tests/samples/gitlab_prefix_token'
const GLEAKS_GH = 'gitleaks cmd/generate/config/rules/github.go'
const GLEAKS_GL = 'gitleaks cmd/generate/config/rules/gitlab.go'
const GLEAKS_AWS = 'gitleaks cmd/generate/config/rules/aws.go'
const CS_ATL = 'Samsung/CredSweeper tests/samples/atlassian_pat'
const ATL_GLEAKS = 'ATATT3xFfGF0K3irG5tKKi-6u-wwaXQFeGwZ-IHR-hQ3CulkKtMSuteRQFfLZ6jihHThzZCg_UjnDt-4Wl_gIRf4zrZJs5JqaeuBhsfJ4W5GD6yGg3W7903gbvaxZPBjxIQQ7BgFDSkPS8oPispw4KLz56mdK-G6CIvLO6hHRrZHY0Q3tvJ6JxE=C63992E6'
const ATL_CS = 'ATATT3xFfGF0vNZ7oy6ON4KrWEzKEu96n-r2bCLOOcdOADizvJqPd89yKyP853uTZSflBi1Lk1zD460BqyMTa08VUEy8-oOzr1esg3j_mZKZwAELnRkCDTJZXhHsv5jaWHyAj4LRL-6h8LI-5MrYs4l7xXSaY8odQxDKJB4hDvdkmuh61xea2jE=00203E68'
const ADO_84 = 'FBdFol081crwkIHWJH2yiqDDyrFjVSi7HWl22hN2hTYfsB8NlGDpJQQJ77BAACAAAAAAAAAAAAASAZDOBucT'
const ADO_OLD = 'h5lxeqkz4zujkyvzg5emkejgelxj4x64tvyzclprekuloawbbz5q'
const FINE_CS = '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'
const FINE_GG = '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'
const ghp = githubToken('ghp_')
const routable = gitlabRoutableToken()
const ado84 = azureCaskToken()
const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'a' ? 'b' : 'a') + s.slice(at + 1)

/** GitHub: classic, fine-grained, app, OAuth and refresh tokens, the 2026 installation format. */
const github: Case[] = [
  { name: 'classic, built with its CRC', source: 'github.blog 2021-04-05 token format (CRC-32, base62)', secret: ghp, kind: 'github', type: 'classic', checksum: 'ok', codes: [], says: /^GitHub personal access token \(classic\), checksum OK$/ },
  { name: 'classic, CredSweeper sample with a valid CRC but all zeros', source: 'Samsung/CredSweeper tests/samples/github_classic_token', secret: 'ghp_00000000000000000000000000000004WZ4EQ', kind: 'github', type: 'classic', codes: ['placeholder'] },
  { name: 'classic, CredSweeper "random" 0/1 sample', source: 'Samsung/CredSweeper tests/samples/github_classic_token', secret: 'ghp_1010110010001010101001010101010101011001', kind: 'github', type: 'classic', codes: ['placeholder'] },
  { name: 'classic placeholder ghp_xxx', source: `${GLEAKS_GH} GitHubPat fps`, secret: `ghp_${'x'.repeat(36)}`, kind: 'github', type: 'classic', codes: ['placeholder'] },
  { name: 'classic doc example with a wrong CRC', source: 'docs.github.com OAuth example token e72e16c7e42f292c6912e7710c838347ae178b4a as re-prefixed in scanner READMEs', secret: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', kind: 'github', type: 'classic', checksum: 'failed', codes: ['checksum'], says: /typo or was cut/ },
  { name: 'classic with one character changed', source: 'github.blog 2021-04-05 (the CRC catches typos)', secret: flip(ghp, 10), kind: 'github', checksum: 'failed', codes: ['checksum'] },
  { name: 'classic, one character lost at the end', source: 'github.blog 2021-04-05 (fixed 40 characters)', secret: ghp.slice(0, 39), kind: 'github', type: null, codes: ['truncated'], says: /39 characters/ },
  { name: 'classic cut to 20', source: `${GLEAKS_GH} GitHubPat (ghp_ + 36)`, secret: ghp.slice(0, 20), kind: 'github', type: null, codes: ['truncated'], says: /looks cut off: 20 characters.*at least 40/ },
  { name: 'classic on Enterprise Server keeps the chosen kind', source: 'reference hosts.md (same prefixes on GHES)', secret: ghp, kind: 'github-enterprise', hostKind: 'github-enterprise', checksum: 'ok', codes: [] },
  { name: 'classic with GitLab chosen', source: 'github.blog 2021-04-05', secret: ghp, kind: 'gitlab', hostKind: 'github', codes: ['other-host'], says: /GitLab\.com/ },
  { name: 'classic, no host chosen', source: 'github.blog 2021-04-05', secret: ghp, hostKind: 'github', checksum: 'ok', codes: [] },
  { name: 'classic in double quotes', source: 'issue 14 (a whole token with a trailing quote)', secret: `"${ghp}"`, kind: 'github', type: 'classic', checksum: 'ok', codes: ['quotes'], cleaned: true },
  { name: 'classic with a trailing quote and comma (copied from JSON)', source: 'issue 14', secret: `${ghp}",`, kind: 'github', checksum: 'ok', codes: ['quotes'], cleaned: true },
  { name: 'classic after "Bearer "', source: 'docs.github.com REST "Authenticating" (Authorization: Bearer)', secret: `Bearer ${ghp}`, kind: 'github', checksum: 'ok', codes: ['auth-prefix'], says: /"Bearer"/, cleaned: true },
  { name: 'classic after "token "', source: 'docs.github.com REST "Authenticating" (Authorization: token)', secret: `token ${ghp}`, kind: 'github', checksum: 'ok', codes: ['auth-prefix'], cleaned: true },
  { name: 'classic copied with its whole Authorization header', source: 'RFC 6750 section 2.1 (Authorization: Bearer)', secret: `Authorization: Bearer ${ghp}`, kind: 'github', checksum: 'ok', codes: ['auth-prefix'], says: /^"Bearer" at the start/, cleaned: true },
  { name: 'classic wrapped over two lines', source: 'issue 14 (a token wrapped over two lines)', secret: `${ghp.slice(0, 25)}\n${ghp.slice(25)}`, kind: 'github', checksum: 'ok', codes: ['line-break'], cleaned: true },
  { name: 'classic with a newline after it', source: 'issue 14', secret: `  ${ghp}\n`, kind: 'github', checksum: 'ok', codes: ['whitespace'] },
  { name: 'fine-grained, CredSweeper sample', source: 'Samsung/CredSweeper tests/samples/github_fine_granted_token', secret: FINE_CS, kind: 'github', type: 'fine-grained', codes: [], says: /^GitHub fine-grained personal access token$/ },
  { name: 'fine-grained, GitGuardian doc example', source: 'docs.gitguardian.com detectors github_fine_grained_pat', secret: FINE_GG, kind: 'github-enterprise', type: 'fine-grained', codes: [] },
  { name: 'fine-grained fat-fingered (extra g in front)', source: 'docs.gitguardian.com detectors github_fine_grained_pat ("Fat-fingered secret")', secret: `g${FINE_GG}`, kind: 'github', type: null, unknown: true },
  { name: 'fine-grained placeholder', source: `${GLEAKS_GH} GitHubFineGrainedPat fps`, secret: `github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`, kind: 'github', type: 'fine-grained', codes: ['placeholder'] },
  { name: 'fine-grained cut to 60', source: `${GLEAKS_GH} GitHubFineGrainedPat (github_pat_ + 82)`, secret: FINE_GG.slice(0, 60), kind: 'github', type: null, codes: ['truncated'], says: /looks cut off: 60 characters.*at least 93/ },
  { name: 'fine-grained without its middle underscore', source: 'docs.github.com fine-grained tokens (22 + _ + 59 observed)', secret: FINE_CS.replace('_xX', 'xX'), kind: 'github', type: null },
  { name: 'fine-grained with GitLab self-managed chosen', source: 'CredSweeper github_fine_granted_token', secret: FINE_CS, kind: 'gitlab-self-managed', codes: ['other-host'] },
  { name: 'OAuth token gho_, built', source: `github.blog 2021-04-05; ${GLEAKS_GH} GitHubOauth`, secret: githubToken('gho_'), kind: 'github', type: 'app-token', checksum: 'ok', codes: ['not-a-pat'], says: /does not expire by default/ },
  { name: 'OAuth doc example gho_16C7…', source: 'rix4uni/test README (GitHub OAuth Access Token example)', secret: 'gho_16C7e42F292c6912E7710c838347Ae178B4a', kind: 'github', checksum: 'failed', codes: ['checksum', 'not-a-pat'] },
  { name: 'refresh token ghr_, built', source: `docs.github.com "Refreshing user access tokens" (6 months); ${GLEAKS_GH} GitHubRefresh`, secret: githubToken('ghr_'), kind: 'github', checksum: 'ok', codes: ['not-a-pat'], says: /6 months/ },
  { name: 'user-to-server ghu_, built', source: `${GLEAKS_GH} GitHubApp`, secret: githubToken('ghu_'), kind: 'github', checksum: 'ok', codes: ['not-a-pat'], says: /8 hours/ },
  { name: 'installation ghs_, classic shape, built', source: `${GLEAKS_GH} GitHubApp`, secret: githubToken('ghs_'), kind: 'github', checksum: 'ok', codes: ['not-a-pat'], says: /installation token/ },
  { name: 'gho_/ghu_/ghs_/ghr_ placeholders', source: `${GLEAKS_GH} fps`, secret: `ghu_${'x'.repeat(36)}`, kind: 'github', codes: ['placeholder', 'not-a-pat'] },
  { name: 'ghs_ placeholder', source: `${GLEAKS_GH} GitHubApp fps`, secret: `ghs_${'x'.repeat(36)}`, kind: 'github', codes: ['placeholder', 'not-a-pat'] },
  { name: '2026 installation token with dots (~520 characters)', source: 'Samsung/CredSweeper tests/samples/github_app_install_token', secret: 'ghs_20260523_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3OTI1MjE0NTAsImV4cCI6MTc5OTk5OTk5LCJpc3MiOiI0MiIsInN1YiI6IlRoZXJlIGlzIG5vIHRva2VucyB5b3VgcmUgbG9va2luZyBmb3IuIn0K.GlzIG5vIHRva2VucyB5b3VgcmUgbG9va2luZyBmb3Iu', kind: 'github', type: 'app-token', codes: ['not-a-pat'], says: /after an hour/ },
  { name: 'installation token with underscores', source: 'trufflehog pkg/detectors/github/v2/github_test.go', secret: 'ghs_RWGUZ6kS8_Ut7PbtR72k2miJwwYtxkpe8mOpT8feAWYZcwz43PxBVGCNATnycaQV9VUlPJe1uST5Xen7d3uZ5lilVlEVvT9AbxnhURdT3OzPtCvXydIrvE4LrDO', kind: 'github-enterprise', type: 'app-token', codes: ['not-a-pat'] },
  { name: 'pre-2021 40-hex token with GitHub chosen', source: 'github.blog 2021-04-05 (old tokens were 40 hex)', secret: 'e72e16c7e42f292c6912e7710c838347ae178b4a', kind: 'github', type: 'classic', codes: [] },
  { name: 'pre-2021 40-hex token with GitLab chosen is not claimed', source: 'docs.github.com OAuth example token', secret: 'e72e16c7e42f292c6912e7710c838347ae178b4a', kind: 'gitlab-self-managed', type: null, unknown: true },
]

/** GitLab: routable and legacy PATs, every other documented prefix, placeholders. */
const gitlab: Case[] = [
  { name: 'routable PAT, built like the generator', source: 'gitlab-org/gitlab lib/authn/token_field/generator/routable_token.rb', secret: routable, kind: 'gitlab', type: 'personal', checksum: 'ok', codes: [], says: /GitLab personal, project or group access token, checksum OK/ },
  { name: 'routable PAT with an instance prefix', source: 'gitlab-org/gitlab MR 211171 (instance prefix SIE-glpat-)', secret: gitlabRoutableToken('SIE-glpat-'), kind: 'gitlab-self-managed', type: 'personal', checksum: 'ok', codes: [] },
  { name: 'routable PAT with one character changed', source: 'routable_token.rb (CRC over the whole string)', secret: flip(routable, 12), kind: 'gitlab', checksum: 'failed', codes: ['checksum'] },
  { name: 'routable PAT, trufflehog sample with "fake" CRC', source: 'trufflehog pkg/detectors/gitlab/v3/gitlab_v3_test.go', secret: 'glpat-3fZ1p5y4XWcCvMGVlfakeW86MQp1Oml3Ymg0Cw.01.1203afake', kind: 'gitlab', type: 'personal', checksum: 'failed', codes: ['checksum'] },
  { name: 'routable PAT cut inside its .01. ending', source: 'issue 14; routable_token.rb (payload.01.length+crc)', secret: routable.slice(0, routable.indexOf('.') + 3), kind: 'gitlab', type: null, codes: ['truncated'], says: new RegExp(`${routable.indexOf('.') + 3} of ${routable.length} characters`) },
  { name: 'routable PAT missing the last CRC character', source: 'routable_token.rb (CRC_BYTES = 7)', secret: routable.slice(0, -1), kind: 'gitlab', type: null, codes: ['truncated'], says: new RegExp(`${routable.length - 1} of ${routable.length} characters`) },
  { name: 'legacy PAT, ripsecrets sample (disabled token)', source: 'sirwart/ripsecrets issue 62', secret: 'glpat-z_sxgtrfAxKr8q1TPY8Y', kind: 'gitlab', type: 'personal', codes: [] },
  { name: 'legacy PAT with GitHub chosen', source: `${GLEAKS_GL} GitlabPat`, secret: 'glpat-z_sxgtrfAxKr8q1TPY8Y', kind: 'github', hostKind: 'gitlab', codes: ['other-host'] },
  { name: 'legacy PAT, no host chosen', source: `${GLEAKS_GL} GitlabPat`, secret: 'glpat-z_sxgtrfAxKr8q1TPY8Y', hostKind: 'gitlab', codes: [] },
  { name: 'legacy PAT cut to 16', source: `${GLEAKS_GL} GitlabPat (glpat- + 20)`, secret: 'glpat-z_sxgtrfAx', kind: 'gitlab', type: null, codes: ['truncated'] },
  { name: 'legacy PAT placeholder', source: `${GLEAKS_GL} GitlabPat fps`, secret: 'glpat-XXXXXXXXXXX-XXXXXXXX', kind: 'gitlab', type: 'personal', codes: ['placeholder'] },
  { name: 'OAuth application secret gloas-', source: GL, secret: 'gloas-7fc1974b38580e6ceca8c077863cd5e88745895dfcbe1ae3c36eab9c498103dc', kind: 'gitlab', type: 'not-personal', codes: ['not-a-pat'], says: /OAuth application secret/ },
  { name: 'deploy token gldt-', source: GL, secret: 'gldt-9BeUoeWu2V9uUS3uLoMy', kind: 'gitlab', codes: ['not-a-pat'], says: /deploy token/ },
  { name: 'runner authentication token glrt-', source: GL, secret: 'glrt-2CR8_eVxiio-1QmzPZwa', kind: 'gitlab-self-managed', codes: ['not-a-pat'], says: /this is a GitLab runner authentication token, not a personal access token/i },
  { name: 'routable runner token glrt-t1_', source: `${GLEAKS_GL} GitlabRunnerAuthenticationTokenRoutable`, secret: gitlabRoutableToken('glrt-t1_'), kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'runner registration token glrtr-', source: GL, secret: 'glrtr-KZX7Mizo7RYFKh2JScz6aeqZ3WG8nxujE21QpZVIr', kind: 'gitlab', codes: ['not-a-pat'], says: /runner registration token/ },
  { name: 'legacy runner registration token GR1348941', source: GL, secret: 'GR1348941jG6xeSsmN8DFVKoyBYu2', kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'GR1348941 placeholder', source: `${GLEAKS_GL} GitlabRunnerRegistrationToken fps`, secret: 'GR1348941XXXXXXXXXXXXXXXXXXXX', kind: 'gitlab', codes: ['placeholder', 'not-a-pat'] },
  { name: 'GR1348941 digits placeholder', source: `${GLEAKS_GL} GitlabRunnerRegistrationToken fps`, secret: 'GR134894112312312312312312312', kind: 'gitlab', codes: ['placeholder', 'not-a-pat'] },
  { name: 'pipeline trigger token glptt-', source: GL, secret: 'glptt-33276248c9748113e978392e5c074b7f974f8683', kind: 'gitlab', codes: ['not-a-pat'], says: /pipeline trigger token/ },
  { name: 'glptt- placeholder', source: `${GLEAKS_GL} GitlabPipelineTriggerToken fps`, secret: `glptt-${'x'.repeat(40)}`, kind: 'gitlab', type: null },
  { name: 'feed token glft-', source: GL, secret: 'glft-Aafqn5A31G-2VipZMh28', kind: 'gitlab', codes: ['not-a-pat'], says: /feed token/ },
  { name: 'incoming mail token glimt-', source: GL, secret: 'glimt-1jpqzsnw2n71om0r9kgt06os3', kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'CI/CD job token glcbt- (long id)', source: GL, secret: 'glcbt-1375_cgpAsnEmP-79kcfRLyK_', kind: 'gitlab', codes: ['not-a-pat'], says: /CI\/CD job token/ },
  { name: 'CI/CD job token glcbt- (short id)', source: GL, secret: 'glcbt-0_c1k_AsgyRp4mP-Kcn8fL', kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'agent for Kubernetes token glagent-', source: GL, secret: 'glagent-ZQmgbRr-Ydu5YehnXCGiiSLxjd53EkFnYapS7A4TwyNE8Y2XVg', kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'SCIM token glsoat-', source: GL, secret: 'glsoat-971om0ecn5A386r9k481', kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'feature flags client token glffct-', source: GL, secret: 'glffct-AnRWYdo3Si_Xm2Q6n7zu', kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'workspace token glwt-', source: GL, secret: 'glwt-G9dr9LJjGiSfBdxzDVyHi7vSdDcAftOmJ', kind: 'gitlab', codes: ['not-a-pat'] },
  { name: 'runner token with GitHub chosen', source: GL, secret: 'glrt-2CR8_eVxiio-1QmzPZwa', kind: 'github', codes: ['other-host', 'not-a-pat'] },
]

/** Atlassian API and access tokens, app passwords, Bitbucket Data Center. */
const atlassian: Case[] = [
  { name: 'API token, CredSweeper sample', source: CS_ATL, secret: ATL_CS, kind: 'bitbucket-cloud', type: 'api-token', checksum: 'ok', codes: [], says: /^Atlassian API token, checksum OK$/ },
  { name: 'API token, gitleaks sample', source: 'gitleaks cmd/generate/config/rules/atlassian.go tps', secret: ATL_GLEAKS, kind: 'bitbucket-cloud', checksum: 'ok', codes: [] },
  { name: 'API token, built', source: 'CredSweeper value_atlassian_token_check.py (check_crc32_struct)', secret: atlassianToken(), kind: 'bitbucket-cloud', checksum: 'ok', codes: [] },
  { name: 'API token cut to 120 of 192', source: 'issue 14; gitleaks atlassian.go (ATATT3 + 186)', secret: ATL_GLEAKS.slice(0, 120), kind: 'bitbucket-cloud', type: null, codes: ['truncated'], says: /^This Atlassian API token looks cut off: 120 of 192 characters\./ },
  { name: 'API token with one character changed', source: CS_ATL, secret: flip(ATL_CS, 40), kind: 'bitbucket-cloud', checksum: 'failed', codes: ['checksum'] },
  { name: 'API token in single quotes', source: `${CS_ATL} (quoted assignment)`, secret: `'${ATL_CS}'`, kind: 'bitbucket-cloud', checksum: 'ok', codes: ['quotes'], cleaned: true },
  { name: 'API token wrapped at 96', source: 'issue 14 (wrapped over two lines)', secret: `${ATL_CS.slice(0, 96)}\r\n${ATL_CS.slice(96)}`, kind: 'bitbucket-cloud', checksum: 'ok', codes: ['line-break'], cleaned: true },
  { name: 'API token with Bitbucket Data Center chosen', source: 'gitleaks atlassian.go', secret: ATL_GLEAKS, kind: 'bitbucket-data-center', hostKind: 'bitbucket-cloud', codes: ['other-host'] },
  { name: 'repository access token ATCTT', source: 'Samsung/CredSweeper tests/samples/bitbucket_repository_access_token', secret: 'ATCTT3xFfGN0zXtbKHz2POF86xa-2aBiYC4o_T3-myk01bmFVluUIFtGm_VFQwLizp4o1FKw-AMZhtdA0NzizshnA8WzRdfgv6GeTyowCD101oqKbJ4nx9DFsar5YyUNkwO9maR9-00tQvfciyfOHtPKG6K1d76Ki3iFo7roGeyJu4j1jM3GwQ4=EDDE81AD', kind: 'bitbucket-cloud', type: 'access-token', checksum: 'ok', codes: ['access-token'] },
  { name: 'app password (dead)', source: 'Samsung/CredSweeper tests/samples/bitbucket_app_password', secret: 'ATBBcCe6fczW96Vzwgvb4r8F2gZS54D591C4', kind: 'bitbucket-cloud', type: 'app-password', codes: ['app-password-dead'] },
  { name: 'app password with a typo is still named dead', source: 'CredSweeper bitbucket_app_password (falsesample)', secret: 'ATBBcXe6fczW96Vzwgvb4r8F2gZS54D591C4', kind: 'bitbucket-cloud', codes: ['app-password-dead'] },
  { name: 'app password with Data Center chosen', source: 'CredSweeper bitbucket_app_password', secret: 'ATBBcCe6fczW96Vzwgvb4r8F2gZS54D591C4', kind: 'bitbucket-data-center', codes: ['other-host', 'app-password-dead'] },
  { name: 'Data Center HTTP access token', source: 'Samsung/CredSweeper tests/samples/bitbuckert_http_access_token', secret: 'BBDC-MzQ2Njc4NjkyMDgwOsEidtxMt9WDExIOYPEWBFXH093l', kind: 'bitbucket-data-center', type: 'http-access-token', checksum: 'ok', codes: [] },
  { name: 'Data Center token, built', source: 'CredSweeper value_atlassian_token_check.py (check_atlassian_struct)', secret: bbdcToken(), kind: 'bitbucket-data-center', checksum: 'ok', codes: [] },
  { name: 'Data Center token whose id is not a number', source: 'CredSweeper sample with its first character changed', secret: 'BBDC-ZzQ2Njc4NjkyMDgwOsEidtxMt9WDExIOYPEWBFXH093l', kind: 'bitbucket-data-center', checksum: 'failed', codes: ['checksum'] },
  { name: 'Data Center token cut to 20', source: 'CredSweeper bitbuckert_http_access_token', secret: 'BBDC-MzQ2Njc4NjkyMDg', kind: 'bitbucket-data-center', type: null, codes: ['truncated'] },
]

/** Azure DevOps: 84-character and legacy 52-character PATs. */
const azure: Case[] = [
  { name: '84-character PAT with AZDO', source: 'kingfisher rule kingfisher.azure.devops.1 example; Sprint 241 notes', secret: ADO_84, kind: 'azure-devops-server', type: 'pat', codes: [] },
  { name: '84-character PAT in Microsoft\'s annotated-key layout, built', source: 'microsoft/security-utilities IdentifiableSecrets.cs (TryValidateCommonAnnotatedKey); SEC101/201 pattern', secret: ado84, kind: 'azure-devops-server', type: 'pat', checksum: 'ok', codes: [], says: /^Azure DevOps personal access token, checksum OK$/ },
  { name: '84-character annotated PAT with one character changed', source: 'IdentifiableSecrets.cs (Marvin32 checksum)', secret: flip(ado84, 20), kind: 'azure-devops-server', checksum: 'failed', codes: ['checksum'] },
  { name: '84-character annotated PAT cut to 80 (checksum lost)', source: 'LegacyCommonAnnotatedSecurityKey.cs (ChecksumOffset 80)', secret: ado84.slice(0, 80), kind: 'azure-devops-server', type: null, codes: ['truncated'], says: /80 of 84/ },
  { name: '84-character PAT on Services keeps the global-PAT notice', source: 'reference hosts.md (global PATs end 2026-12-01)', secret: ADO_84, kind: 'azure-devops', type: 'pat', codes: ['azure-global-pat'] },
  { name: '84-character PAT cut to 60', source: 'issue 14; Sprint 241 notes (84 characters)', secret: ADO_84.slice(0, 60), kind: 'azure-devops-server', type: null, codes: ['truncated'], says: /looks cut off: 60 of 84 characters/ },
  { name: '84-character PAT with GitHub chosen', source: 'kingfisher.azure.devops.1 example', secret: ADO_84, kind: 'github', hostKind: 'azure-devops', codes: ['other-host'] },
  { name: 'legacy PAT, valid but expired (Microsoft test data)', source: 'microsoft/sarif-pattern-matcher TestData/SecurePlaintextSecrets/Inputs/SEC101_102.AdoPat.txt', secret: ADO_OLD, kind: 'azure-devops-server', type: 'pat', checksum: 'ok', codes: [], says: /older format\), checksum OK/ },
  { name: 'legacy PAT, built', source: 'sarif-pattern-matcher SEC101_102.AdoPatValidator.cs', secret: azureLegacyToken(), kind: 'azure-devops-server', checksum: 'ok', codes: [] },
  { name: 'legacy deadbeef sample fails its CRC', source: 'sarif-pattern-matcher SEC101_102.AdoPat.txt ("fails validation")', secret: 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdead', kind: 'azure-devops-server', checksum: 'failed', codes: ['checksum'] },
  { name: 'legacy Purview example fails its CRC', source: 'MicrosoftDocs/microsoft-365-docs sit-defn-azure-devops-app-secret.md ("invalidated")', secret: 'abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrst', kind: 'azure-devops-server', checksum: 'failed', codes: ['checksum'] },
  { name: 'legacy PAT is not claimed when no Azure kind was chosen', source: 'trufflehog azuredevopspersonalaccesstoken.go (needs "azure" nearby)', secret: ADO_OLD, type: null, unknown: true },
  { name: 'trufflehog 52-character sample is not base32', source: 'trufflehog pkg/detectors/azuredevopspersonalaccesstoken/azuredevopspersonalaccesstoken_test.go', secret: 'uie5tff7m5h5lqnqjhaltetqli90a08p6dhv9rn59uo30jgzw8un', kind: 'azure-devops-server', type: null, unknown: true },
]

/** AWS (CodeCommit): key ids, secret keys, HTTPS Git passwords. */
const aws: Case[] = [
  { name: 'access key id pasted as the secret', source: `${GLEAKS_AWS} tps`, secret: 'AKIALALEMEL33243OLIB', kind: 'codecommit', type: 'access-key-id', codes: ['access-key-id'] },
  { name: 'AWS docs example key id', source: `docs.aws.amazon.com (AKIAIOSFODNN7EXAMPLE); ${GLEAKS_AWS} fps`, secret: 'AKIAIOSFODNN7EXAMPLE', kind: 'codecommit', codes: ['placeholder', 'access-key-id'] },
  { name: 'AKIAXXXX placeholder', source: `${GLEAKS_AWS} fps (low entropy)`, secret: 'AKIAXXXXXXXXXXXXXXXX', kind: 'codecommit', codes: ['placeholder', 'access-key-id'] },
  { name: 'temporary key id', source: 'docs.aws.amazon.com IAM unique identifier prefixes (ASIA)', secret: `ASIA${randomChars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, kind: 'codecommit', codes: ['access-key-id'], says: /temporary/ },
  { name: 'a sentence that contains ASIA is not a key', source: `${GLEAKS_AWS} fps (wrong length)`, secret: 'TODAYINASIAASACKOFRICEFELLOVER', kind: 'codecommit', type: null },
  { name: 'secret access key with CodeCommit chosen', source: 'docs.aws.amazon.com IAM access keys example', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', kind: 'codecommit', type: 'access-key', codes: ['placeholder'] },
  { name: 'secret access key, random', source: 'trufflehog pkg/detectors/aws/access_keys/accesskey.go (40 base64 characters)', secret: randomChars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'), kind: 'codecommit', type: 'access-key', codes: [] },
  { name: 'secret access key with no host chosen is not claimed', source: 'trufflehog accesskey.go (needs the key id nearby)', secret: randomChars(40), type: null },
  { name: 'CodeCommit HTTPS Git password', source: 'awscli iam create-service-specific-credential (ServicePassword)', secret: `${randomChars(43)}=`, kind: 'codecommit', type: 'git-credentials', codes: [] },
]

/** Passwords and unknown formats. */
const other: Case[] = [
  { name: 'short password', source: 'docs.github.com "password authentication was removed" (tokens, not passwords)', secret: 'hunter2', kind: 'gitlab', codes: ['looks-like-password'] },
  { name: 'password with punctuation', source: 'docs.github.com "password authentication was removed"', secret: 'Summer2026!', kind: 'github', codes: ['looks-like-password'] },
  { name: 'passphrase with spaces', source: 'issue 14 (inner spaces are named, not cleaned)', secret: 'correct horse battery staple', kind: 'bitbucket-cloud', codes: ['whitespace'] },
  { name: 'custom self-managed prefix', source: 'GitLab docs "personal access token prefix" (admins may set their own)', secret: `CUSTOM-${randomChars(40)}`, kind: 'gitlab-self-managed', type: null, codes: [], unknown: true },
]

/** Every case. */
export const CASES: Case[] = [...github, ...gitlab, ...atlassian, ...azure, ...aws, ...other]

/**
 * The host rig: fake Git hosts on 127.0.0.1 for validation tests, UI tests and benchmarks. Start one with
 * `startFakeHost(play, { https?, latencyMs?, retryAfter? })`, where `play` is a host's documented behaviour
 * built from a token table: `githubPlay(tokens, { enterprise })` (`/user`, `/api/v3/user`, X-OAuth-Scopes,
 * expiry header, SSO), `gitlabPlay` (`/api/v4/personal_access_tokens/self` + `/user`, 401/403 bodies),
 * `bitbucketCloudPlay` (`/2.0/user`, Basic email:token), `bitbucketDcPlay` (`/rest`, X-AUSERNAME, login
 * redirect elsewhere), `azurePlay` (`/{org}/_apis/connectionData`, 401 or 203 sign-in page) and
 * `codecommitPlay` (AWS JSON API with real SigV4 verification, clock window, IAM denials). Point services at
 * it with `ServiceDeps.apiOverrides` (cloud kinds) or the record's URL (self-hosted kinds). Switch any host
 * into a failure with `host.fail('hang' | 'malformed-json' | 'rate-limit' | 'server-error' |
 * 'server-error-once' | 'redirect-login' | 'signin-page' | 'proxy-401')` and back with `host.heal()`;
 * `requests`, `inFlight` and `peakInFlight` show what was sent. Always `await host.close()`.
 * Revoke: `githubRevokePlay` (`POST /credentials/revoke`, hourly limit) and `gitlabRevokePlay`
 * (`DELETE /personal_access_tokens/self`) wrap the check plays over the same token table.
 */
export { selfSignedCert, startFakeHost, type FailureMode, type FakeHost, type FakeHostOptions, type FakeReply, type HostPlay, type SeenRequest } from './host-server'
export { githubPlay, type GithubToken } from './github-play'
export { gitlabPlay, type GitlabToken } from './gitlab-play'
export { bitbucketCloudPlay, bitbucketDcPlay, type BitbucketCloudToken, type BitbucketDcToken } from './bitbucket-play'
export { azurePlay, type AzurePat } from './azure-play'
export { codecommitPlay, type AwsKey, type CodecommitOptions } from './codecommit-play'
export { githubRevokePlay, gitlabRevokePlay, type GithubRevokeOptions } from './revoke-play'

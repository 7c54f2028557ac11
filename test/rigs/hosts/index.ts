// The host rig: local fake Git hosts on 127.0.0.1 for validation tests, UI tests and benchmarks.
export { selfSignedCert, startFakeHost, type FailureMode, type FakeHost, type FakeHostOptions, type FakeReply, type HostPlay, type SeenRequest } from './host-server'
export { githubPlay, type GithubToken } from './github-play'
export { gitlabPlay, type GitlabToken } from './gitlab-play'
export { bitbucketCloudPlay, bitbucketDcPlay, type BitbucketCloudToken, type BitbucketDcToken } from './bitbucket-play'
export { azurePlay, type AzurePat } from './azure-play'
export { codecommitPlay, type AwsKey, type CodecommitOptions } from './codecommit-play'

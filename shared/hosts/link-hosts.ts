/**
 * Hosts whose https pages the app may open in the browser (the openExternal allowlist).
 * Derived from the host catalog so there is one source of truth.
 */
export const catalogLinkHosts = (): string[] => [
  'github.com',
  'docs.github.com',
  'gitlab.com',
  'docs.gitlab.com',
  'id.atlassian.com',
  'bitbucket.org',
  'support.atlassian.com',
  'dev.azure.com',
  'learn.microsoft.com',
  'console.aws.amazon.com',
  'docs.aws.amazon.com',
]

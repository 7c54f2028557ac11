import type { TokenRecord } from '../../shared/domain/token'

const trim = (url: string) => url.replace(/\/+$/, '')

/**
 * The page where the user revokes a token by hand, for hosts (or servers) without a self-revoke API.
 * GitHub: https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#deleting-a-personal-access-token ;
 * GitLab: https://docs.gitlab.com/user/profile/personal_access_tokens/#revoke-a-personal-access-token ;
 * Bitbucket Cloud API tokens: https://support.atlassian.com/bitbucket-cloud/docs/revoke-an-api-token/ ;
 * Bitbucket Data Center: https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html ;
 * Azure DevOps: https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-a-pat ;
 * CodeCommit (IAM): https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-gc.html .
 */
export const manualRevokePage = (r: Pick<TokenRecord, 'host' | 'url' | 'org' | 'collection' | 'tokenType'>): string => {
  const url = trim(r.url)
  switch (r.host) {
    case 'github':
      return r.tokenType === 'fine-grained' ? 'https://github.com/settings/personal-access-tokens' : 'https://github.com/settings/tokens'
    case 'github-enterprise':
      return r.tokenType === 'fine-grained' ? `${url}/settings/personal-access-tokens` : `${url}/settings/tokens`
    case 'gitlab':
    case 'gitlab-self-managed':
      return `${r.host === 'gitlab' ? 'https://gitlab.com' : url}/-/user_settings/personal_access_tokens`
    case 'bitbucket-cloud':
      return 'https://id.atlassian.com/manage-profile/security/api-tokens'
    case 'bitbucket-data-center':
      return `${url}/plugins/servlet/access-tokens/manage`
    case 'azure-devops':
      return `https://dev.azure.com/${encodeURIComponent(r.org ?? '')}/_usersSettings/tokens`
    case 'azure-devops-server':
      return `${url}${r.collection ? `/${encodeURIComponent(r.collection)}` : ''}/_usersSettings/tokens`
    case 'codecommit':
      return 'https://console.aws.amazon.com/iam/home#/security_credentials'
  }
}

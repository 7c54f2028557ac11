import type { HostSpec, TokenVariant } from '../types'
import { formatsOf } from '../formats/index'
import { AZURE_PURPOSES, azureGitUsername, azureSteps } from './azure-common'

const orgUrl = (org: string | undefined) => `https://dev.azure.com/${encodeURIComponent(org ?? '')}`

/** An organization-scoped PAT (global "All accessible organizations" PATs stop working on 2026-12-01). */
const pat: TokenVariant = {
  id: 'pat',
  label: 'Organization-scoped personal access token',
  summary: 'Works in one organization, with the scopes you pick.',
  purposes: AZURE_PURPOSES,
  tokenPage: (i) => `${orgUrl(i.location.org)}/_usersSettings/tokens`,
  steps: (i) => {
    const list = AZURE_PURPOSES[i.purpose]?.checklist ?? AZURE_PURPOSES.write!.checklist!
    return azureSteps(`dev.azure.com/${i.location.org ?? ''}`, i.tokenName, [
      `Organization to "${i.location.org ?? ''}" (not "All accessible organizations")`,
      ...list,
    ], 'Azure DevOps allows at most a year; your organization may allow less.')
  },
}

/** Azure DevOps Services (dev.azure.com): the user names the organization. */
export const azureDevops: HostSpec = {
  kind: 'azure-devops',
  displayName: 'Azure DevOps Services',
  tagline: 'dev.azure.com (and the old *.visualstudio.com addresses)',
  defaultUrl: 'https://dev.azure.com',
  needs: { url: false, org: true, collection: false, region: false },
  apiBase: (loc) => orgUrl(loc.org),
  gitHost: () => 'dev.azure.com',
  purposes: pat.purposes,
  variants: [pat],
  gitUsername: azureGitUsername,
  lifetime: {
    maxDays: 365,
    defaultDays: 30,
    expiryRequired: true,
    hostReportsExpiry: false,
    note: 'A PAT cannot read its own expiry (that API needs a Microsoft Entra sign-in), so PAT Keeper keeps the date you chose.',
  },
  // devblogs.microsoft.com/devops/retirement-of-global-personal-access-tokens-in-azure-devops: "December 1,
  // 2026 - All existing global PATs will be fully decommissioned"; the planned 2026-03-15 creation block was
  // withdrawn ("Update 03/05: We will no longer be proceeding with blocking global PAT creation on March 15").
  deprecations: [{ date: '2026-12-01', text: 'Global ("All accessible organizations") PATs stopped working. Use one organization-scoped PAT per organization.' }],
  formats: formatsOf('azure-devops'),
  // A PAT's scopes can be changed with Edit (learn.microsoft.com use-personal-access-tokens-to-authenticate, "Modify a PAT").
  addScopes: 'edit the token on Azure DevOps (User settings > Personal access tokens > Edit), or create a new one with the guide',
  docsUrl: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
  linkHosts: ['dev.azure.com', 'learn.microsoft.com'],
  notices: (loc) => [
    `Global PATs ("All accessible organizations") stopped working on 2026-12-01. Pick only the organization "${loc.org ?? ''}" when you create this token.`,
    'If your organization restricts PAT creation, ask an administrator to add you to the allow list.',
  ],
}

import type { HostSpec, TokenVariant } from '../types'
import { hostPort, joinUrl } from '../url-parts'
import { formatsOf } from '../formats/index'
import { AZURE_PURPOSES, azureGitUsername, azureSteps } from './azure-common'

const collectionUrl = (url: string, collection: string | undefined) => joinUrl(url, encodeURIComponent(collection ?? ''))

/** A PAT on the user's server, limited to one collection. */
const pat: TokenVariant = {
  id: 'pat',
  label: 'Personal access token',
  summary: 'Works in one collection, with the scopes you pick.',
  purposes: AZURE_PURPOSES,
  tokenPage: (i) => `${collectionUrl(i.location.url, i.location.collection)}/_usersSettings/tokens`,
  steps: (i) => {
    const list = AZURE_PURPOSES[i.purpose]?.checklist ?? AZURE_PURPOSES.write!.checklist!
    return azureSteps('your Azure DevOps Server', i.tokenName, [`Organization (collection) to "${i.location.collection ?? ''}"`, ...list], 'Pick the shortest period that suits you.')
  },
}

/** Azure DevOps Server / TFS 2017+: server URL plus collection; API under /{collection}/_apis. */
export const azureDevopsServer: HostSpec = {
  kind: 'azure-devops-server',
  displayName: 'Azure DevOps Server / TFS',
  tagline: 'On-premises Azure DevOps Server or TFS 2017 and later',
  needs: { url: true, org: false, collection: true, region: false },
  urlExample: 'https://devops.example.com/tfs',
  apiBase: (loc) => collectionUrl(loc.url, loc.collection),
  gitHost: (loc) => hostPort(loc.url),
  purposes: pat.purposes,
  variants: [pat],
  gitUsername: azureGitUsername,
  lifetime: { maxDays: null, defaultDays: 30, expiryRequired: true, hostReportsExpiry: false, note: 'A PAT cannot read its own expiry, so PAT Keeper keeps the date you chose.' },
  deprecations: [],
  formats: formatsOf('azure-devops-server'),
  // A PAT's scopes can be changed with Edit (learn.microsoft.com use-personal-access-tokens-to-authenticate, "Modify a PAT").
  addScopes: 'edit the token on Azure DevOps Server (User settings > Personal access tokens > Edit), or create a new one with the guide',
  docsUrl: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate?view=azure-devops-2022',
  linkHosts: ['learn.microsoft.com'],
  notices: () => [
    'On TFS 2017 the page is under your profile > Security > Personal access tokens; if the link shows an error, go there.',
    'PATs fail when IIS Basic Authentication is turned on for the server: ask your administrator if git keeps asking for a password.',
  ],
}

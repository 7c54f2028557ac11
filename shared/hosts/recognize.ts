import type { HostKind } from '../domain/hosts'
import { HOST_CATALOG, hostSpec } from './registry'
import type { TokenFormat } from './types'

/** One thing the user should know about a pasted secret. Never contains the secret. */
export interface TokenWarning {
  code: string
  message: string
}

/** What the recogniser can tell from a secret's shape alone. */
export interface Recognition {
  hostKind?: HostKind
  tokenType?: string
  label?: string
  warnings: TokenWarning[]
}

const ALL_FORMATS: TokenFormat[] = Object.values(HOST_CATALOG).flatMap((spec) => spec.formats.filter((f) => f.kinds[0] === spec.kind))

/** Tokens are long runs of letters, digits and a few symbols; passwords are shorter or use other punctuation. */
const looksLikePassword = (secret: string): boolean => secret.length < 20 || /[^A-Za-z0-9_.~+/=:-]/.test(secret)

/** A GitHub/GitLab/Atlassian prefix followed by too little: most likely a clipped paste. */
const TRUNCATED = /^(ghp_|github_pat_|glpat-|ATATT|ATBB|BBDC-)/

const AZURE_GLOBAL_DEADLINE = '2026-12-01'

const azureGlobalWarning = (now: Date): TokenWarning => ({
  code: 'azure-global-pat',
  message:
    now.toISOString().slice(0, 10) < AZURE_GLOBAL_DEADLINE
      ? 'Azure DevOps global PATs ("All accessible organizations") stop working on 2026-12-01. Make sure this token is limited to your organization.'
      : 'Azure DevOps global PATs ("All accessible organizations") stopped working on 2026-12-01. If this token was created for all organizations, create an organization-scoped one.',
})

/**
 * Names the host and token type when the format is known and warns about likely mistakes: pasted
 * whitespace, a password instead of a token, a token of another host, a dead Bitbucket app password, Azure
 * DevOps global PATs. Unknown formats are never refused (self-managed hosts can add prefixes).
 */
export const recognizeToken = (raw: string, chosenKind?: HostKind, now: Date = new Date()): Recognition => {
  const warnings: TokenWarning[] = []
  const secret = raw.trim()
  if (secret !== raw) warnings.push({ code: 'whitespace', message: 'Spaces or line breaks were pasted around the token. PAT Keeper removes them when it saves.' })
  else if (/\s/.test(secret)) warnings.push({ code: 'whitespace', message: 'The token contains a space or line break, which real tokens never do. Copy it again from the host.' })
  if (chosenKind === 'azure-devops') warnings.push(azureGlobalWarning(now))
  if (!secret) return { warnings }

  const format = ALL_FORMATS.find((f) => f.pattern.test(secret) && (!f.onlyWhenChosen || (chosenKind !== undefined && f.kinds.includes(chosenKind))))
  if (!format) {
    if (TRUNCATED.test(secret)) warnings.push({ code: 'truncated', message: 'This starts like a known token but is too short. Was part of it cut off when you copied it?' })
    else if (looksLikePassword(secret)) {
      warnings.push({ code: 'looks-like-password', message: 'This looks like a password, not a token. Hosts reject account passwords for git over HTTPS: create a token as the guide shows.' })
    }
    return { warnings }
  }
  const hostKind = chosenKind && format.kinds.includes(chosenKind) ? chosenKind : format.kinds[0]!
  if (chosenKind && !format.kinds.includes(chosenKind)) {
    warnings.push({
      code: 'other-host',
      message: `This looks like a ${format.label}, but you chose ${hostSpec(chosenKind).displayName}. Check that you copied the right token, or go back and pick ${hostSpec(format.kinds[0]!).displayName}.`,
    })
  }
  if (format.dead) warnings.push(format.dead)
  if (format.caution) warnings.push(format.caution)
  return { hostKind, tokenType: format.type, label: format.label, warnings }
}

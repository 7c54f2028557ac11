import type { HostKind, Purpose } from '../domain/hosts'
import { hostSpec, purposeSpec, variantOf } from './registry'
import { codecommitPolicy } from './kinds/codecommit-policy'
import { tokenPageUrl } from './token-page'
import type { HostLocation } from './types'

/** Input of `buildGuide`. */
export interface GuideRequest {
  kind: HostKind
  location: HostLocation & { url: string }
  purpose: Purpose
  tokenName: string
  tokenType?: string
  username?: string
  /** CodeCommit: repositories the IAM policy is scoped to, and the account when known. */
  repositories?: string[]
  accountId?: string
}

/** Everything the wizard and `patkeeper guide` show for one host, purpose and variant. */
export interface Guide {
  kind: HostKind
  hostName: string
  tokenType: string
  variantLabel: string
  /** The purpose actually used (hosts without a workflow distinction use plain push). */
  purpose: Purpose
  purposeLabel: string
  steps: string[]
  tokenPageUrl: string
  scopes: string[]
  /** What to tick, in the host form's words. */
  checklist: string[]
  checklistTitle: string
  /** Whether the host gives the credential a name (the wizard then offers one to copy). */
  named: boolean
  /** Username git will send, when the host fixes or defaults it. */
  username?: string
  notices: string[]
  expiry: string
  docsUrl: string
  /** CodeCommit: a least-privilege IAM policy (JSON) to copy, scoped to the chosen repositories. */
  policy?: string
}

const expiryText = (kind: HostKind): string => {
  const { maxDays, defaultDays, expiryRequired, note } = hostSpec(kind).lifetime
  if (!expiryRequired && !maxDays && !defaultDays && note) return note
  const parts = [expiryRequired ? 'Expiry is required' : 'Expiry is optional']
  if (maxDays) parts.push(`at most ${maxDays} days`)
  if (defaultDays) parts.push(`the form suggests ${defaultDays} days`)
  return `${parts.join('; ')}.`
}

/** Builds the numbered steps, pre-filled link, scopes, username and notices; shared by the wizard and CLI. */
export const buildGuide = (request: GuideRequest): Guide => {
  const spec = hostSpec(request.kind)
  const variant = variantOf(request.kind, request.tokenType)
  const { spec: purposeInfo, purpose } = purposeSpec(request.kind, request.purpose, variant.id)
  const location = { ...request.location, kind: request.kind }
  const url = tokenPageUrl({ kind: request.kind, location, purpose, tokenName: request.tokenName, tokenType: variant.id })
  const notices = [...spec.notices(location, purpose, variant.id)]
  if (purpose !== request.purpose) notices.unshift(`${spec.displayName} does not need anything extra for "${request.purpose}"; the "${purpose}" scopes cover it.`)
  if (purposeInfo.note) notices.push(purposeInfo.note)
  if (purposeInfo.branchesAndRequests) notices.push(purposeInfo.branchesAndRequests)
  const policyPurpose = purpose === 'read' || purpose === 'integration' ? purpose : 'write'
  return {
    kind: request.kind,
    hostName: spec.displayName,
    tokenType: variant.id,
    variantLabel: variant.label,
    purpose,
    purposeLabel: purposeInfo.label,
    steps: [`Open the token page: ${url}`, ...variant.steps({ location, purpose, tokenName: request.tokenName, scopes: purposeInfo.scopes })],
    tokenPageUrl: url,
    scopes: [...purposeInfo.scopes],
    checklist: purposeInfo.checklist ?? [...purposeInfo.scopes],
    checklistTitle: variant.checklistTitle ?? 'Tick these in the form',
    named: variant.named !== false,
    username: spec.gitUsername({ username: request.username, tokenType: variant.id }),
    notices,
    expiry: expiryText(request.kind),
    docsUrl: spec.docsUrl,
    ...(request.kind === 'codecommit' && location.region
      ? { policy: codecommitPolicy({ region: location.region, repositories: request.repositories ?? [], purpose: policyPurpose, accountId: request.accountId }) }
      : {}),
  }
}

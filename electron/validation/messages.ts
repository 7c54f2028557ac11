import type { HostKind } from '../../shared/domain/hosts'
import type { TokenIdentity, ValidationStatus } from '../../shared/domain/token'
import { caFileNameFor } from './ca-files'
import { hostSpec } from '../../shared/hosts/registry'
import type { UnreachableKind } from './network-errors'

/** Display names used in messages. */
export const HOST_NAMES: Record<HostKind, string> = {
  github: 'GitHub',
  'github-enterprise': 'GitHub Enterprise',
  gitlab: 'GitLab',
  'gitlab-self-managed': 'GitLab',
  'bitbucket-cloud': 'Bitbucket Cloud',
  'bitbucket-data-center': 'Bitbucket Data Center',
  'azure-devops': 'Azure DevOps',
  'azure-devops-server': 'Azure DevOps Server',
  codecommit: 'AWS CodeCommit',
}

const who = (identity?: TokenIdentity) => (identity?.login ? ` for ${identity.login}` : identity?.name ? ` for ${identity.name}` : '')

/** The one sentence shown for a status when the validator has nothing more precise to say. */
export const statusMessage = (status: ValidationStatus, host: string, identity?: TokenIdentity): string => {
  switch (status) {
    case 'valid':
      return `${host} accepts this token${who(identity)}.`
    case 'invalid':
      return `${host} says this token is invalid: it was revoked or mistyped. Create a new one with the guide.`
    case 'expired':
      return `${host} says this token has expired. Create a new one with the renewal guide and paste it here.`
    case 'revoked':
      return `${host} says this token was revoked. Create a new one with the guide.`
    case 'missing-scopes':
      return `${host} accepts this token but it lacks permissions its purpose needs; create a new token with the guide if ${host} cannot add them to this one.`
    case 'pending-approval':
      return `${host} says this token is waiting for an organization owner's approval; ask an owner to approve it, then check again.`
    case 'unreachable':
      return `PAT Keeper could not reach ${host}; check your network connection and the server address, then try again.`
    case 'rate-limited':
      return `${host} is limiting requests right now; try the check again in a few minutes.`
    case 'host-error':
      return `${host} answered with an error; try again later, and check the server address if it keeps happening.`
  }
}

/** Sentence for "no HTTP answer", by reason. */
export const unreachableMessage = (kind: UnreachableKind, host: string, where: string, timeoutMs?: number): string => {
  switch (kind) {
    case 'timeout':
      return `${host} at ${where} did not answer within ${Math.round((timeoutMs ?? 0) / 1000) || 1} s; check the server address and your network or proxy settings, then try again.`
    case 'refused':
      return `${host} at ${where} refused the connection; check the server address and that the server is running, then try again.`
    case 'dns':
      return `The name ${where} could not be found; check the server address and your network, then try again.`
    case 'tls':
      // Fixes that work in the packaged app too: its fuse drops NODE_EXTRA_CA_CERTS (fuses.md "nodeOptions"),
      // while it trusts the OS store (electron/validation/os-network.ts) and the per-host CA file.
      return `The certificate of ${where} is not trusted, so the token was not sent; if your company uses its own certificate authority, save it as \`ca/${caFileNameFor(where)}\` in PAT Keeper's data folder, or add it to your system's trusted certificates (the app uses them; the \`patkeeper\` command reads NODE_EXTRA_CA_CERTS instead).`
    case 'other':
      return statusMessage('unreachable', host)
  }
}

/** "a, b and c" for scope lists. */
export const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

/** Sentence for a token that works but lacks what its purpose needs, naming each missing scope and how this host adds them. */
export const missingScopesMessage = (kind: HostKind, missing: readonly string[]): string =>
  `${HOST_NAMES[kind]} accepts this token but it lacks what its purpose needs: ${listWords(missing.map((s) => `\`${s}\``))}. ${capitalise(hostSpec(kind).addScopes)}.`

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** A short, printable excerpt of a host's own error text (hosts sometimes echo input; never trust it long). */
export const hostText = (text: unknown): string | undefined => {
  if (typeof text !== 'string') return undefined
  const clean = [...text].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c)).join('').trim()
  return clean ? clean.slice(0, 160) : undefined
}

import type { HostKind, Purpose } from '../../../shared/domain/hosts'
import type { CheckResult } from '../../../shared/domain/token'
import { hostSpec, type ResolvedLocation } from '../../../shared/hosts/catalog'

/** The wizard's screens, in order. */
export type StepId = 'host' | 'location' | 'purpose' | 'guide' | 'paste' | 'details'

/** Everything the user has entered so far. The secret lives only here until it is sent once to `tokens:add`. */
export interface Draft {
  kind?: HostKind
  /** What the user typed for the location (kept when going back). */
  url: string
  org: string
  collection: string
  region: string
  location?: ResolvedLocation
  purpose: Purpose
  tokenType?: string
  tokenName: string
  secret: string
  username: string
  email: string
  repository: string
  label: string
  usedIn: string[]
  /** YYYY-MM-DD, or '' for none. */
  expiresOn: string
  expirySource: 'host' | 'user' | null
  /** The host's exact expiry (ISO 8601), kept so an untouched date saves with the host's time of day. */
  hostExpiresAt?: string
  check?: CheckResult
}

/** A fresh draft. */
export const emptyDraft = (today: Date): Draft => ({
  url: '',
  org: '',
  collection: '',
  region: '',
  purpose: 'write',
  tokenName: defaultTokenName('write', today),
  secret: '',
  username: '',
  email: '',
  repository: '',
  label: '',
  usedIn: [],
  expiresOn: '',
  expirySource: null,
})

/** A name the user will recognise on the host's token list (GitHub allows 40 characters). */
export const defaultTokenName = (purpose: Purpose, today: Date): string => `PAT Keeper ${purpose} ${today.toISOString().slice(0, 10)}`

/** The steps this host needs (the location step only when the user has to say where). */
export const stepsFor = (kind: HostKind | undefined): { id: StepId; label: string }[] => {
  const needs = kind ? hostSpec(kind).needs : undefined
  const where = needs && (needs.url || needs.org || needs.collection || needs.region)
  return [
    { id: 'host', label: 'Host' },
    ...(where ? [{ id: 'location' as const, label: 'Where' }] : []),
    { id: 'purpose', label: 'Purpose' },
    { id: 'guide', label: 'Create' },
    { id: 'paste', label: 'Paste' },
    { id: 'details', label: 'Save' },
  ]
}

/** Adds days to a date, as YYYY-MM-DD. */
export const plusDays = (from: Date, days: number): string => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10)

/** The host, account and secret fields of a draft, as both the draft check and the save send them. */
export const draftTarget = (draft: Draft) => {
  const loc = draft.location!
  return {
    host: loc.kind,
    url: loc.url,
    org: loc.org,
    collection: loc.collection,
    region: loc.region,
    username: draft.username.trim() || undefined,
    email: draft.email.trim() || undefined,
    purpose: draft.purpose,
    secret: draft.secret.trim(),
    repository: draft.repository.trim() || undefined,
  }
}

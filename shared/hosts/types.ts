import type { HostKind, Purpose } from '../domain/hosts'

/** Where a host lives: the kind plus what the user typed (host URL, organization, collection, region). */
export interface HostLocation {
  kind: HostKind
  url?: string
  org?: string
  collection?: string
  region?: string
}

/** A location after `normalizeHostLocation`: the base URL is always known. */
export type ResolvedLocation = HostLocation & { url: string }

/** Least scopes for one purpose, as the host names them, with what to tick in the host's form. */
export interface PurposeSpec {
  scopes: string[]
  /** Short, plain label of the purpose on this host. */
  label: string
  note?: string
  /** What to tick in the host's form, in the form's own words (defaults to the scopes). */
  checklist?: string[]
  /** Integration purposes: what creating branches and pull/merge requests needs on this host (shown with the guide). */
  branchesAndRequests?: string
}

/** One kind of credential a host offers (GitHub: fine-grained or classic; CodeCommit: keys or Git credentials). */
export interface TokenVariant {
  /** Same string `recognizeToken` reports as `tokenType`. */
  id: string
  label: string
  /** One sentence on when to pick this variant. */
  summary: string
  purposes: Partial<Record<Purpose, PurposeSpec>>
  /** The token page for this variant, pre-filled where the host documents it. */
  tokenPage(input: TokenPageInput): string
  /** Numbered steps in plain words, after "open the page". */
  steps(input: TokenPageInput & { scopes: string[] }): string[]
  /** What the secret field is called (e.g. "secret access key"). */
  secretLabel?: string
  /** False when the host gives this credential no name (CodeCommit), so no name is suggested. */
  named?: boolean
  /** Heading of the check-list (default: what to tick in the host's form). */
  checklistTitle?: string
  /** What the username field is called and whether it is needed. */
  username?: { label: string; hint: string; required: boolean }
}

/** Everything `tokenPageUrl` needs. */
export interface TokenPageInput {
  location: ResolvedLocation
  purpose: Purpose
  tokenName: string
  description?: string
  expiresInDays?: number
}

/** A token format the recogniser and the importer know (one row of shared/hosts/formats). */
export interface TokenFormat {
  /** Machine name, e.g. "classic", "fine-grained", "api-token"; the same as a variant id where one exists. */
  type: string
  label: string
  /** Fixed start ('' when the format has none). */
  prefix: string
  /** The whole token. */
  pattern: RegExp
  /** What a clipped token of this format looks like (prefix plus fewer characters of the right kind). */
  cut?: RegExp
  /** The whole length a clipped copy should have had, when the format tells (GitLab's payload length). */
  wholeLength?: (clipped: string) => number | undefined
  /** Total length in characters (min === max when exact). */
  length: { min: number; max: number }
  /** Characters after the prefix, in words (for the format table and docs). */
  alphabet: string
  /** The built-in checksum, when the host has one: true when it matches. */
  checksum?: (token: string) => boolean
  /** Whether this is a token a person creates for themselves (what PAT Keeper is for). */
  personal: boolean
  /** The host kinds this format belongs to, its home first. */
  kinds: HostKind[]
  /** Set when tokens of this format no longer work anywhere. */
  dead?: { code: string; message: string }
  /** Set when the format is a real token but not one to store here (short-lived, wrong kind). */
  caution?: { code: string; message: string }
  /** Only claim this (ambiguous) format when the user chose one of `kinds`. */
  onlyWhenChosen?: boolean
  /** The doc page, generator source or scanner rule this row follows. */
  source: string
}

/** How long tokens live on this host. */
export interface Lifetime {
  /** Longest lifetime the host allows, null when unlimited (or only limited by an admin policy). */
  maxDays: number | null
  /** What the host's form offers by default, null when it has no default. */
  defaultDays: number | null
  expiryRequired: boolean
  /** Whether the host tells a token's expiry to the token itself (so validation can fill it in). */
  hostReportsExpiry: boolean
  note?: string
  /** Hint under the wizard's date field when the host does not report expiry (default: "the date you picked"). */
  dateHint?: string
}

/** The catalog entry for one host kind. */
export interface HostSpec {
  kind: HostKind
  displayName: string
  /** One line shown under the name in the host picker. */
  tagline: string
  /** Fixed base URL of a cloud host. */
  defaultUrl?: string
  needs: { url: boolean; org: boolean; collection: boolean; region: boolean }
  /** Example shown in the URL field of custom hosts. */
  urlExample?: string
  apiBase(loc: ResolvedLocation): string
  /** host[:port] git talks to. */
  gitHost(loc: ResolvedLocation): string
  /** The recommended variant's purposes. */
  purposes: Partial<Record<Purpose, PurposeSpec>>
  /** Credential variants, the recommended one first. */
  variants: TokenVariant[]
  /** What git must send as the username with this token (undefined: the user has to say). */
  gitUsername(input: { username?: string; email?: string; tokenType?: string }): string | undefined
  /** Whether the wizard asks for the account email (Bitbucket Cloud API checks need it). */
  email?: { label: string; hint: string; required: boolean }
  lifetime: Lifetime
  deprecations: { date: string; text: string }[]
  /** Formats whose home is this host. */
  formats: TokenFormat[]
  /** Host's own help page on tokens. */
  docsUrl: string
  /** Fixed https hosts the app may open for this kind (token pages, docs). */
  linkHosts: string[]
  /** Standing notices shown with the guide (deprecations that still matter, quirks). */
  notices(loc: ResolvedLocation, purpose: Purpose, variant: string): string[]
  /** Example of a repository URL for "Test with git" (default: the host URL + /owner/repo.git). */
  testUrlExample?: string
  /** How a token that lacks scopes gets them on this host, as advice after "add X" (host's own rule, cited in the kind). */
  addScopes: string
}

import type { HostKind } from './hosts'

/** Where a plaintext copy was found; one value per file kind the scan reads. */
export const FINDING_KINDS = ['git-remote', 'netrc', 'npmrc', 'gh-hosts', 'glab-config', 'docker-config', 'git-credentials'] as const

/** One kind of plaintext place. */
export type FindingKind = (typeof FINDING_KINDS)[number]

/** How a finding can be fixed: by PAT Keeper itself, or by a command of the tool that owns the file. */
export type FixMode = 'rewrite' | 'command'

/** A token found in plaintext. Never holds the secret: only its masked shape. */
export interface ScanFinding {
  /** Stable id of this entry (file, line, kind, host; not the secret), used to fix it. */
  key: string
  kind: FindingKind
  file: string
  /** 1-based line of the entry. */
  line: number
  /** host[:port] the secret is for. */
  hostname: string
  /** Host kind when it can be told from the name. */
  host: HostKind | null
  username?: string
  /** e.g. `ghp_••••abcd`. */
  masked: string
  /** The PAT Keeper token holding the same secret, when there is one (compared in main by hash). */
  keptAs?: { tokenId: string; label: string }
  /** Repository folder, for git remote findings. */
  repo?: string
  /** Remote name and whether it is the push URL, for git remote findings. */
  remote?: string
  fix: FixMode
  /** For `command` fixes: the exact commands that move the secret to the tool's secure storage. */
  commands?: string[]
}

/** Progress of a running scan (sent as `health:scan-progress`). */
export interface ScanProgress {
  phase: 'files' | 'repositories' | 'done'
  /** Repositories read so far (or files checked in the `files` phase). */
  done: number
  /** Folder or file being read. */
  current?: string
  findings: number
}

/** What a scan looked at and found. */
export interface ScanReport {
  findings: ScanFinding[]
  /** Files and repositories read. */
  filesRead: number
  repositories: number
  /** Files or folders that could not be read, with a reason a user can act on. */
  problems: string[]
}

/** What a fix did, so it can be undone. Persisted in the data folder (no secret). */
export interface FixRecord {
  id: string
  findingKey: string
  kind: FindingKind
  file: string
  /** Copy of the file before the fix; the user may delete it. */
  backup: string
  appliedAt: string
  /** Token created by this fix (removed again on undo). */
  importedTokenId?: string
  /** git change recorded by "use with git" during this fix (undone on undo). */
  gitChangeIds: string[]
  message: string
  undoneAt?: string
}

/** The risks the health view knows; each flag says why it matters and what to do. */
export const RISK_CODES = [
  'no-expiry',
  'lifetime-too-long',
  'scopes-beyond-purpose',
  'azure-all-orgs',
  'plaintext-copies',
  'unused-90-days',
  'duplicate-secret',
  'rotation-overdue',
  'revoked',
] as const

/** One risk code. */
export type RiskCode = (typeof RISK_CODES)[number]

/** A risk found on one token. */
export interface RiskFlag {
  code: RiskCode
  severity: 'high' | 'medium' | 'low'
  /** Short title shown as a badge. */
  title: string
  /** Why it matters, one or two sentences. */
  why: string
  /** What to do, one sentence. */
  action: string
  /** The guide step (or screen) that fixes it. */
  guideStep: string
}

/** Every flagged token, worst first (`patkeeper health --json`, the Health screen). */
export interface HealthReport {
  generatedAt: string
  tokens: { tokenId: string; label: string; host: HostKind; flags: RiskFlag[] }[]
}

/** How a revoke on the host ended. Only `revoked` and `accepted` change the record. */
export type RevokeStatus = 'revoked' | 'accepted' | 'manual' | 'refused' | 'rate-limited' | 'unreachable' | 'already-invalid'

/** The answer to "revoke on the host" (never holds the secret). */
export interface RevokeOutcome {
  ok: boolean
  status: RevokeStatus
  /** One sentence: what happened and what to do next. */
  message: string
  /** The host page where the token can be revoked by hand (hosts without a self-revoke API, or after a refusal). */
  manualUrl?: string
  /** Set when the record now says "revoked on <date> by PAT Keeper". */
  revokedAt?: string
}

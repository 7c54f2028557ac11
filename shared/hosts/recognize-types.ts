import type { HostKind } from '../domain/hosts'

/** One thing the user should know about a pasted secret. Never contains any part of the secret. */
export interface TokenWarning {
  code: string
  message: string
}

/** What the recogniser can tell from a secret's shape alone. */
export interface Recognition {
  hostKind?: HostKind
  tokenType?: string
  label?: string
  /** One plain line for the paste step, e.g. "GitHub fine-grained personal access token, checksum OK". */
  summary?: string
  /** 'ok' or 'failed' when the format carries a checksum that was verified. */
  checksum?: 'ok' | 'failed'
  /** Whether the format is a token a person creates for themselves. */
  personal?: boolean
  /** The secret without pasted extras (quotes, `Bearer `, inner line breaks), when there were any. */
  cleaned?: string
  /** True only when nothing is known or suspicious about the shape ("that can be fine"). */
  unknownFormat?: boolean
  warnings: TokenWarning[]
}

import type { FindingKind } from '../../shared/domain/health'

/** A plaintext secret as a parser found it. Holds the secret: main-side only, never logged or sent. */
export interface RawFinding {
  kind: FindingKind
  file: string
  /** 1-based line where the entry starts. */
  line: number
  /** host[:port]. */
  hostname: string
  protocol: string
  /** Path on the host, when the entry has one (remote URLs, credential files with useHttpPath). */
  path?: string
  username?: string
  secret: string
  /** Repository top folder (git remotes). */
  repo?: string
  /** Remote name (git remotes). */
  remote?: string
  /** Config key holding the URL: `url` or `pushurl` (git remotes). */
  urlKey?: 'url' | 'pushurl'
}

/** 1-based line number of a character offset in `text`. */
export const lineAt = (text: string, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

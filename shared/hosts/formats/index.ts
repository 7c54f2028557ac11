import type { HostKind } from '../../domain/hosts'
import type { TokenFormat } from '../types'
import { ATLASSIAN_FORMATS } from './atlassian'
import { AWS_FORMATS } from './aws'
import { AZURE_FORMATS } from './azure'
import { GITHUB_FORMATS } from './github'
import { GITLAB_FORMATS } from './gitlab'

/** Every format PAT Keeper knows, most specific first (the recogniser takes the first full match). */
export const TOKEN_FORMATS: readonly TokenFormat[] = Object.freeze([...GITHUB_FORMATS, ...GITLAB_FORMATS, ...ATLASSIAN_FORMATS, ...AZURE_FORMATS, ...AWS_FORMATS])

/** The formats whose home is `kind` (what a host's catalog entry lists). */
export const formatsOf = (kind: HostKind): TokenFormat[] => TOKEN_FORMATS.filter((f) => f.kinds.includes(kind))

/** The format a whole secret has; ambiguous formats only when the user chose one of their kinds. */
export const formatOf = (secret: string, chosenKind?: HostKind): TokenFormat | undefined =>
  TOKEN_FORMATS.find((f) => (!f.onlyWhenChosen || (chosenKind !== undefined && f.kinds.includes(chosenKind))) && f.pattern.test(secret))

/** Formats a secret looks like a clipped copy of (prefix and characters fit, but it is too short). */
export const cutFormatsOf = (secret: string): TokenFormat[] => TOKEN_FORMATS.filter((f) => f.cut !== undefined && secret.length < f.length.max && f.cut.test(secret))

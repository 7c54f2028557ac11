import type { HostKind } from '../../shared/domain/hosts'
import { formatOf } from '../../shared/hosts/formats/index'
import { hostSpec } from '../../shared/hosts/registry'
import type { HostGuess } from './map-host'

/**
 * Fills in the host kind from the secret's format when the URL left it open (a server named
 * `git.corp.example` holding a `glpat-` token is a GitLab server). A server of the user's own is never a
 * cloud host, so the self-hosted kind of the format's family is picked; it stays a guess to confirm.
 * Ambiguous formats (no prefix) tell nothing here.
 */
export const withFormatGuess = (guess: HostGuess, secret: string): HostGuess => {
  if (guess.host !== null) return guess
  const format = formatOf(secret)
  if (!format || !format.prefix) return guess
  const selfHosted = format.kinds.find((k: HostKind) => hostSpec(k).needs.url)
  return selfHosted ? { ...guess, host: selfHosted, guessed: true } : guess
}

/** The fixed start of a secret's format ('' when unknown), which is safe to show when masking. */
export const formatPrefix = (secret: string): string => formatOf(secret)?.prefix ?? ''

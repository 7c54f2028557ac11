import type { HostKind } from '../domain/hosts'
import { cleanPaste } from './formats/paste-cleanup'
import { cutFormatsOf, formatOf } from './formats/index'
import { isPlaceholder } from './formats/placeholder'
import type { Recognition, TokenWarning } from './recognize-types'
import { hostSpec } from './registry'
import type { TokenFormat } from './types'

export type { Recognition, TokenWarning } from './recognize-types'

/** Tokens are long runs of letters, digits and a few symbols; passwords are shorter or use other punctuation. */
const looksLikePassword = (secret: string): boolean => secret.length < 20 || /[^A-Za-z0-9_.~+/=:-]/.test(secret)

/** "an Atlassian API token", "a GitHub …". */
const withArticle = (label: string): string => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`

const AZURE_GLOBAL_DEADLINE = '2026-12-01'

const azureGlobalWarning = (now: Date): TokenWarning => ({
  code: 'azure-global-pat',
  message:
    now.toISOString().slice(0, 10) < AZURE_GLOBAL_DEADLINE
      ? 'Azure DevOps global PATs ("All accessible organizations") stop working on 2026-12-01. Make sure this token is limited to your organization.'
      : 'Azure DevOps global PATs ("All accessible organizations") stopped working on 2026-12-01. If this token was created for all organizations, create an organization-scoped one.',
})

/** "Looks cut off" from the formats a short secret could be the start of; exact length when they agree. */
const cutWarning = (secret: string, formats: TokenFormat[]): TokenWarning => {
  const whole = formats.map((f) => f.wholeLength?.(secret)).find((n) => n !== undefined)
  const min = whole ?? Math.min(...formats.map((f) => f.length.min))
  const exact = whole !== undefined || formats.every((f) => f.length.min === min && f.length.max === min)
  const what = formats[0]!.label
  return {
    code: 'truncated',
    message: exact
      ? `This ${what} looks cut off: ${secret.length} of ${min} characters. Copy the whole token again.`
      : `This ${what} looks cut off: ${secret.length} characters, but it has at least ${Math.max(min, secret.length + 1)}. Copy the whole token again.`,
  }
}

const checksumWarning = (format: TokenFormat): TokenWarning => ({
  code: 'checksum',
  message: `The checksum built into this ${format.label} does not match: it has a typo or was cut. Copy it again from the host; you can still save it, and the check comes next.`,
})

const placeholderWarning: TokenWarning = {
  code: 'placeholder',
  message: 'This looks like a placeholder from documentation or an example, not a real token. Paste the token the host showed you.',
}

/**
 * Names the host and token type when the format is known (shared/hosts/formats), verifies its checksum,
 * and warns about likely mistakes: pasted extras, a clipped copy, a placeholder, a password, a token of
 * another host or of another kind (runner, OAuth, app), dead formats, Azure DevOps global PATs. Unknown
 * formats are never refused (self-managed hosts can add prefixes).
 */
export const recognizeToken = (raw: string, chosenKind?: HostKind, now: Date = new Date()): Recognition => {
  const paste = cleanPaste(raw)
  const warnings = paste.warnings
  const secret = paste.secret
  const cleaned = paste.changed ? { cleaned: secret } : {}
  if (chosenKind === 'azure-devops') warnings.push(azureGlobalWarning(now))
  if (!secret) return { warnings }

  const format = formatOf(secret, chosenKind)
  if (!format) {
    const cut = /\s/.test(secret) ? [] : cutFormatsOf(secret)
    if (cut.length) warnings.push(cutWarning(secret, cut))
    else if (!/\s/.test(secret) && looksLikePassword(secret)) {
      warnings.push({ code: 'looks-like-password', message: 'This looks like a password, not a token. Hosts reject account passwords for git over HTTPS: create a token as the guide shows.' })
    }
    const unknown = !warnings.some((w) => w.code !== 'whitespace' && w.code !== 'azure-global-pat')
    return { ...cleaned, ...(unknown ? { unknownFormat: true } : {}), warnings }
  }
  const hostKind = chosenKind && format.kinds.includes(chosenKind) ? chosenKind : format.kinds[0]!
  if (chosenKind && !format.kinds.includes(chosenKind)) {
    warnings.push({
      code: 'other-host',
      message: `This looks like ${withArticle(format.label)}, but you chose ${hostSpec(chosenKind).displayName}. Check that you copied the right token, or go back and pick ${hostSpec(format.kinds[0]!).displayName}.`,
    })
  }
  if (format.dead) warnings.push(format.dead)
  const placeholder = isPlaceholder(secret.slice(format.prefix.length))
  if (placeholder && !format.dead) warnings.push(placeholderWarning)
  const checksum = format.checksum && !placeholder && !format.dead ? (format.checksum(secret) ? 'ok' : 'failed') : undefined
  if (checksum === 'failed') warnings.push(checksumWarning(format))
  if (format.caution) warnings.push(format.caution)
  const summary = `${format.label}${checksum === 'ok' ? ', checksum OK' : ''}${format.personal ? '' : ' (not a personal access token)'}`
  return { hostKind, tokenType: format.type, label: format.label, summary, personal: format.personal, ...(checksum ? { checksum } : {}), ...cleaned, warnings }
}

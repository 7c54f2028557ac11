import type { TokenExpiry } from '../../shared/domain/expiry'
import { hostSpec } from '../../shared/hosts/catalog'

/** RFC 5545 text escaping: backslash, semicolon, comma and line breaks. */
export const escapeText = (value: string): string => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Folds a content line at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character. */
export const foldLine = (line: string): string => {
  if (line.length <= 75 && /^[\x20-\x7e]*$/.test(line)) return line // short ASCII: nothing to fold
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const code = ch.codePointAt(0)!
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4 // UTF-8 length
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

/** `20261201T000000Z`: a UTC DATE-TIME. */
const icsTime = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+/, '')

/**
 * An iCalendar file with one event per token that has an expiry: the event starts at the expiry instant (UTC)
 * and carries an alarm at the first (largest) alert threshold, so a calendar warns as early as the app does.
 */
export const toIcs = (tokens: readonly TokenExpiry[], options: { now: Date; firstThresholdDays: number }): string => {
  const stamp = icsTime(options.now.toISOString())
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//PAT Keeper//Token expiry//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:PAT Keeper token expiry']
  for (const t of tokens) {
    if (!t.expiresAt) continue
    const host = hostSpec(t.host)?.displayName ?? t.host
    const description = [
      `${host} token "${t.label}" (${t.url}) stops working at this time.`,
      t.usedIn.length > 0 ? `Used in: ${t.usedIn.join('; ')}.` : '',
      'Renew it in PAT Keeper: tray menu > the token > Renew…',
    ].filter(Boolean).join('\n')
    lines.push(
      'BEGIN:VEVENT',
      `UID:${t.id}-${icsTime(t.expiresAt)}@patkeeper`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(t.expiresAt)}`,
      'DURATION:PT30M',
      `SUMMARY:${escapeText(`Token expires: ${t.label} (${host})`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-P${options.firstThresholdDays}D`,
      `DESCRIPTION:${escapeText(`${t.label} expires in ${options.firstThresholdDays} days`)}`,
      'END:VALARM',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** Token-shaped strings that are masked even when the logger was never told about them. */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,255}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g,
  /\bglpat-[A-Za-z0-9._-]{16,320}/g,
  /\bATATT[A-Za-z0-9_=-]{20,}/g,
  /\bATBB[A-Za-z0-9]{20,}/g,
  /\bATCTT[A-Za-z0-9_=-]{20,}/g,
  /\bBBDC-[A-Za-z0-9+/=_-]{20,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /(authorization|private-token)\s*[:=]\s*\S+(?:\s+\S+)?/gi,
  /(password|secret)=\S+/gi,
  /\/\/[^/\s:@]+:[^/\s@]+@/g,
]

/** Masks secrets in text: exact known secrets first, then anything token-shaped. */
export class Redactor {
  private readonly known = new Set<string>()

  /** Remembers a secret so every later log line masks it (short strings are ignored: they are not secrets). */
  remember(secret: string): void {
    if (secret.length >= 8) this.known.add(secret)
  }

  /** Returns `text` with every known secret and token-shaped string replaced by a marker. */
  redact(text: string): string {
    let out = text
    for (const secret of this.known) out = out.split(secret).join('[secret]')
    for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, (m, label?: string) =>
      typeof label === 'string' && m.toLowerCase().startsWith(label.toLowerCase()) ? `${label}: [redacted]` : '[redacted]',
    )
    return out
  }
}

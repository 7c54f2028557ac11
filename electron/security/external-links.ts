import { AppError } from '../errors/app-error'

/**
 * Which links may open in the user's browser (Electron security checklist item 15: do not use
 * `shell.openExternal` with untrusted content). Allowed: `https:` URLs without credentials whose host is
 * exactly one of the catalog's hosts, or one exact URL registered for a custom host (Enterprise,
 * self-managed, Data Center, Server) when the user typed that host.
 */
export class ExternalLinkPolicy {
  private readonly hosts: ReadonlySet<string>
  private readonly exactUrls = new Set<string>()

  constructor(hosts: Iterable<string>) {
    this.hosts = new Set([...hosts].map((h) => h.toLowerCase()))
  }

  /** Allows exactly this URL (after normalisation), for a custom host's token page. */
  allowExactUrl(raw: string): void {
    const url = parseSafe(raw)
    if (url) this.exactUrls.add(url.href)
  }

  /** The normalised URL to open, or null when the policy refuses it. */
  normalise(raw: string): string | null {
    const url = parseSafe(raw)
    if (!url) return null
    if (this.hosts.has(url.hostname.toLowerCase()) && url.port === '') return url.href
    return this.exactUrls.has(url.href) ? url.href : null
  }
}

/** Parses an https URL with no username or password; anything else is null. */
const parseSafe = (raw: string): URL | null => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null
  return url
}

/** Opens `raw` through `open` when the policy allows it (re-serialised, as Element does); refuses otherwise. */
export const openExternalChecked = async (
  raw: string,
  policy: ExternalLinkPolicy,
  open: (url: string) => Promise<void>,
): Promise<void> => {
  const url = policy.normalise(raw)
  if (!url) throw new AppError('not-allowed', 'PAT Keeper only opens https links to the Git hosts it knows.')
  await open(url)
}

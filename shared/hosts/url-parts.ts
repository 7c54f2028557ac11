/**
 * Encodes one query value; commas and colons stay literal so scope lists read like the hosts' own
 * examples (`scopes=repo,workflow`, `scopes=read:user`). Both forms decode to the same value.
 */
const encodeValue = (value: string): string => encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':')

/** Appends query parameters (in order, skipping undefined) to a URL without a query. */
export const withQuery = (base: string, pairs: [string, string | number | undefined][]): string => {
  const parts = pairs.filter((p): p is [string, string | number] => p[1] !== undefined).map(([k, v]) => `${k}=${encodeValue(String(v))}`)
  return parts.length ? `${base}?${parts.join('&')}` : base
}

/** host[:port] of an absolute URL. */
export const hostPort = (url: string): string => new URL(url).host

/** Joins a base URL and a path with exactly one slash. */
export const joinUrl = (base: string, path: string): string => `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`

/** Cuts text to `max` characters (GitHub limits token names to 40). */
export const clip = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max).trimEnd())

/** The shape of a JSON value: key names and types only, never values (secrets and identities stay out). */
export type Shape = string | Shape[] | { [key: string]: Shape }

/** `{ login: 'string', plan: { name: 'string' }, emails: ['string'] }` for a JSON value. */
export const shapeOf = (value: unknown): Shape => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : []
  if (typeof value === 'object') return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]))
  return typeof value
}

/** One recorded answer: where (path with the user's own names masked), status, header names, body shape. */
export interface AnswerShape {
  host: string
  method: string
  path: string
  status: number
  headers: string[]
  body: Shape | 'html' | 'empty' | 'text'
}

/** Replaces the caller's own names (org, repository, user) in a path by `{…}`. */
export const maskPath = (path: string, names: (string | undefined)[]): string =>
  path
    .split('/')
    .map((segment) => (names.some((n) => n && (segment === n || decodeURIComponent(segment) === n)) ? '{…}' : segment))
    .join('/')

/** Records a fetch answer without consuming it. */
export const recordAnswer = async (host: string, url: string, init: RequestInit, response: Response, names: (string | undefined)[]): Promise<AnswerShape> => {
  const text = await response.clone().text()
  let body: AnswerShape['body'] = text ? 'text' : 'empty'
  if (/^\s*<(!doctype|html)/i.test(text)) body = 'html'
  else if (text) {
    try {
      body = shapeOf(JSON.parse(text))
    } catch {
      body = 'text'
    }
  }
  const parsed = new URL(url)
  return { host, method: init.method ?? 'GET', path: maskPath(parsed.pathname, names), status: response.status, headers: [...response.headers.keys()].sort(), body }
}

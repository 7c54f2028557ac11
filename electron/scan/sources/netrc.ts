import { lineAt, type RawFinding } from '../raw-finding'

/** One `machine` (or `default`) entry of a netrc file, with where it sits in the text. */
export interface NetrcEntry {
  machine: string | null
  login?: string
  password?: string
  /** Character offsets of the entry: from its `machine`/`default` token to just before the next entry. */
  start: number
  end: number
}

interface Token {
  value: string
  start: number
}

// Tokens are separated by spaces, tabs or newlines; curl also accepts "double quoted" values.
// https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html , https://everything.curl.dev/usingcurl/netrc.html
const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2]?.startsWith('#') && (m.index === 0 || text[m.index - 1] === '\n' || /\s/.test(text[m.index - 1]!))) {
      const eol = text.indexOf('\n', m.index) // a comment runs to the end of its line (curl, Python's netrc)
      re.lastIndex = eol < 0 ? text.length : eol
      continue
    }
    tokens.push({ value: m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!, start: m.index })
  }
  return tokens
}

/** Parses netrc entries: `machine <name>` / `default`, then `login`, `password`, `account`, `macdef` pairs. */
export const parseNetrc = (text: string): NetrcEntry[] => {
  const tokens = tokenize(text)
  const entries: NetrcEntry[] = []
  let current: NetrcEntry | undefined
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.value === 'machine' || t.value === 'default') {
      if (current) current.end = t.start
      current = { machine: t.value === 'default' ? null : (tokens[i + 1]?.value ?? ''), start: t.start, end: text.length }
      entries.push(current)
      if (t.value === 'machine') i++
    } else if (t.value === 'macdef') {
      // A macro body runs to the first empty line (inetutils manual); its words are not netrc tokens.
      const blank = text.indexOf('\n\n', t.start)
      const stop = blank < 0 ? text.length : blank
      while (i + 1 < tokens.length && tokens[i + 1]!.start < stop) i++
    } else if (current && (t.value === 'login' || t.value === 'password' || t.value === 'account')) {
      const value = tokens[i + 1]?.value
      if (value !== undefined && t.value !== 'account') current[t.value] = value
      i++
    }
  }
  return entries
}

/** netrc entries with a password, as findings (the `default` entry is reported as host `*`). */
export const netrcFindings = (file: string, text: string): RawFinding[] =>
  parseNetrc(text)
    .filter((e) => e.password)
    .map((e) => ({
      kind: 'netrc' as const, file, line: lineAt(text, e.start), hostname: e.machine ?? '*', protocol: 'https',
      ...(e.login ? { username: e.login } : {}), secret: e.password!,
    }))

/**
 * The text without one entry. When the entry fills whole lines those lines go; otherwise only its tokens,
 * so a one-line file of several entries keeps the others.
 */
export const withoutNetrcEntry = (text: string, entry: NetrcEntry): string => {
  const lineStart = text.lastIndexOf('\n', entry.start - 1) + 1
  const onlySpaceBefore = /^[ \t]*$/.test(text.slice(lineStart, entry.start))
  const from = onlySpaceBefore ? lineStart : entry.start
  return text.slice(0, from) + text.slice(entry.end)
}

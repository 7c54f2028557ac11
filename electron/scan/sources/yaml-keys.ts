/** One `key: value` line of a block-style YAML file, with the keys above it. */
export interface YamlKey {
  /** Keys of the enclosing mappings, outermost first. */
  parents: string[]
  key: string
  /** The scalar value with quotes removed ('' for a mapping start). */
  value: string
  /** 1-based line. */
  line: number
}

const unquote = (v: string): string => {
  const s = v.trim()
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) return s.slice(1, -1)
  return s.replace(/\s+#.*$/, '')
}

/**
 * Reads the block-mapping keys of a simple YAML file (what gh and glab write: nested `key: value` maps,
 * indented with spaces, `#` comments). Not a full YAML parser: flow styles and anchors are not needed here.
 */
export const yamlKeys = (text: string): YamlKey[] => {
  const out: YamlKey[] = []
  const stack: { indent: number; key: string }[] = []
  text.split('\n').forEach((raw, index) => {
    const m = /^( *)("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?)\s*:(?:\s+(.*?))?\s*$/.exec(raw.replace(/\r$/, ''))
    if (!m) return
    const indent = m[1]!.length
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop()
    const key = unquote(m[2]!)
    const value = m[3] !== undefined && !m[3].startsWith('#') ? unquote(m[3]) : ''
    out.push({ parents: stack.map((s) => s.key), key, value, line: index + 1 })
    if (value === '') stack.push({ indent, key })
  })
  return out
}

// Placeholders from documentation and scanner tests: `ghp_xxxx…`, `glpat-XXXX…`, `AKIAIOSFODNN7EXAMPLE`.
// Their checksum fails too, but "this is an example" is the more useful thing to say.

/** Azure's fixed signature block holds 13 equal characters, so only longer runs count. */
const LONGEST_REAL_RUN = 19

/**
 * True when the part after the prefix is an obvious stand-in: EXAMPLE, 8 x's in a row, at most 3
 * distinct characters (ignoring separators), or a run of one character longer than real tokens have.
 * One pass, no allocation: it runs on every keystroke of the paste field.
 */
export const isPlaceholder = (body: string): boolean => {
  if (body.includes('EXAMPLE') || body.includes('xxxxxxxx') || body.includes('XXXXXXXX')) return true
  let distinct = ''
  let run = 0
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    run = i > 0 && body[i - 1] === ch ? run + 1 : 1
    if (run > LONGEST_REAL_RUN) return true
    if (distinct.length <= 3 && ch !== '-' && ch !== '_' && ch !== '.' && !distinct.includes(ch)) distinct += ch
  }
  return body.length >= 16 && distinct.length <= 3
}

// Placeholders from documentation and scanner tests: `ghp_xxxx…`, `glpat-XXXX…`, `AKIAIOSFODNN7EXAMPLE`.
// Their checksum fails too, but "this is an example" is the more useful thing to say.

/**
 * True when the part after the prefix is an obvious stand-in: EXAMPLE, a run of x, very few distinct
 * characters, or a long run of one character (real tokens are random; Azure's fixed signature block has
 * at most 13 equal characters, so the run must be longer).
 */
export const isPlaceholder = (body: string): boolean => {
  if (/EXAMPLE|x{8,}|X{8,}|(.)\1{19,}/.test(body)) return true
  return body.length >= 16 && new Set(body.replace(/[-_.]/g, '')).size <= 3
}

/*
 * Main requires every string in a parsed IPC argument (object keys included) to be well-formed UTF-16. A renderer
 * can send lone surrogates through structured clone; they make `encodeURIComponent` throw and are stored
 * as U+FFFD by the keychain, so main refuses them at the boundary (Electron checklist: validate IPC input).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const wellFormed = (text: string): boolean => !LONE_SURROGATE.test(text)

/** True when every string in a value (object keys included) is well-formed UTF-16. */
export const isWellFormedDeep = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return wellFormed(value)
  if (value === null || typeof value !== 'object') return true
  if (depth > 64) return false // schemas never nest this deep; refuse rather than recurse without end
  if (Array.isArray(value)) return value.every((item) => isWellFormedDeep(item, depth + 1))
  return Object.entries(value).every(([key, item]) => wellFormed(key) && isWellFormedDeep(item, depth + 1))
}

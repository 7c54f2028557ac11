import fc from 'fast-check'
import type { z } from 'zod'

/** Marks every secret the fuzzer sends, so a result, a log line or a file that echoes one is caught. */
export const FUZZ_SECRET_MARK = 'FUZZSECRETq7Zr'

/** Keys that pollute prototypes when code copies objects carelessly. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__']

/** Strings that break naive code: unicode edge cases, control characters, paths, URLs, injection shapes. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\0',
  'a\0b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u200B',
  '\uFEFF',
  'e\u0301',
  '\u{1F511}\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  'line\nbreak',
  'cr\rlf\r\n',
  '\t',
  '%s%n%x',
  '${process.exit()}',
  '"; rm -rf / #',
  '$(touch /tmp/pwned)',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  'https://evil.example/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'https://user:pass@github.com/',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '-1',
  'NaN',
  '1e309',
  'ghp_' + 'A'.repeat(36),
]

/** A string from the nasty list, random unicode, or a very long one. */
export const nastyString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(10_000, 70_000, 1_100_000).map((n) => 'x'.repeat(n)) },
  )

/** An object whose own keys include prototype-pollution names (made the way JSON.parse makes them). */
export const pollutedObject = (): fc.Arbitrary<unknown> =>
  fc.constantFrom(...POLLUTION_KEYS).chain((key) =>
    fc.constantFrom(
      JSON.parse(`{"${key}": {"polluted": "yes", "isAdmin": true}}`),
      JSON.parse(`{"${key}": {"prototype": {"polluted": "yes"}}}`),
      JSON.parse(`{"constructor": {"prototype": {"polluted": "yes"}}, "${key}": 1}`),
    ),
  )

/** Deeply nested arrays and objects (what a malicious renderer could send to exhaust a recursive parser). */
export const deepNesting = (): fc.Arbitrary<unknown> =>
  fc.integer({ min: 50, max: 3000 }).map((depth) => {
    let value: unknown = 'bottom'
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value }
    return value
  })

/** Any structured-cloneable value (what Electron IPC can carry), with nasty keys and strings mixed in. */
export const anyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.anything({ key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION_KEYS)), withNullPrototype: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: false, maxDepth: 4 }) },
    { weight: 2, arbitrary: nastyString() },
    { weight: 2, arbitrary: pollutedObject() },
    { weight: 1, arbitrary: deepNesting() },
    { weight: 1, arbitrary: fc.constantFrom(NaN, -0, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 0x7fffffff + 1) },
  )

type Def = { type: string; [k: string]: unknown }
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def
const checksOf = (def: Def) => ((def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def)

/** Where the fuzzer finds ids that exist right now (so calls on a stored token reach deep into handlers). */
export type IdPool = () => readonly string[]

/** A string meeting the schema's length and pattern checks (so the value reaches the handler). */
const validString = (def: Def, field: string, ids: IdPool): fc.Arbitrary<string> => {
  const checks = checksOf(def)
  const pattern = checks.find((c) => c.format === 'regex')?.pattern as RegExp | undefined
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number))
  const max = Math.min(200, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number))
  const matching = pattern ? fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max) : undefined
  // Token ids: mostly one that exists now, sometimes a well-formed one that does not.
  const existing = fc.nat().map((i) => {
    const pool = ids()
    return pool.length > 0 ? pool[i % pool.length]! : '00000000-0000-4000-8000-000000000000'
  })
  if (pattern && pattern.test('00000000-0000-4000-8000-000000000000')) return fc.oneof({ weight: 3, arbitrary: existing }, { weight: 1, arbitrary: matching! })
  if (matching) return matching
  if (/secret/i.test(field)) return fc.string({ minLength: 4, maxLength: 60, unit: 'grapheme-ascii' }).map((s) => `${FUZZ_SECRET_MARK}${s}`.slice(0, Math.max(max, FUZZ_SECRET_MARK.length)))
  if (/url/i.test(field)) return fc.constantFrom('http://127.0.0.1:9/', 'https://127.0.0.1:9/', 'http://localhost:9/x')
  const base = fc.oneof(fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 30)) }), fc.constantFrom(...NASTY_STRINGS))
  return base.filter((s) => s.length >= min && s.length <= max)
}

/**
 * An arbitrary producing values a zod schema accepts (mostly), built by walking the schema: the fuzzer
 * uses it to reach each handler with well-formed but odd input, then mutates it into almost-valid input.
 */
export const fromSchema = (schema: z.ZodType, field = '', ids: IdPool = () => []): fc.Arbitrary<unknown> => {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return validString(def, field, ids)
    case 'number': {
      const checks = checksOf(def)
      const min = checks.find((c) => c.check === 'greater_than')?.value as number | undefined
      const max = checks.find((c) => c.check === 'less_than')?.value as number | undefined
      return fc.integer({ min: min ?? -1000, max: max ?? 100_000 })
    }
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'optional':
      return fc.option(fromSchema(def.innerType as z.ZodType, field, ids), { nil: undefined })
    case 'nullable':
      return fc.option(fromSchema(def.innerType as z.ZodType, field, ids), { nil: null })
    case 'default':
    case 'catch':
    case 'readonly':
      return fromSchema(def.innerType as z.ZodType, field, ids)
    case 'pipe':
      return fromSchema(def.in as z.ZodType, field, ids)
    case 'array': {
      const checks = checksOf(def)
      const max = Math.min(5, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number))
      return fc.array(fromSchema(def.element as z.ZodType, field, ids), { maxLength: max })
    }
    case 'tuple':
      return fc.tuple(...(def.items as z.ZodType[]).map((item) => fromSchema(item, field, ids)))
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => fromSchema(o, field, ids)))
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 10 }), fromSchema(def.valueType as z.ZodType, field, ids), { maxKeys: 3 })
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      const entries = Object.entries(shape).map(([k, v]) => [k, fromSchema(v, k, ids)] as const)
      return fc.record(Object.fromEntries(entries), { requiredKeys: Object.keys(shape).filter((k) => !['optional', 'default'].includes(defOf(shape[k]!).type)) })
    }
    default:
      return anyValue()
  }
}

/** Turns a valid argument list into an almost-valid one: a wrong type, an extra key or argument, a huge or nasty string. */
export const mutateArgs = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.tuple(valid, fc.nat(), anyValue(), nastyString(), fc.constantFrom(...POLLUTION_KEYS)).map(([args, pick, junk, text, key]) => {
    const list = [...(args as unknown[])]
    const target = list.length > 0 ? pick % list.length : 0
    const item = list[target]
    switch (pick % 6) {
      case 0:
        return [...list, junk] // an extra argument
      case 1:
        return list.slice(0, -1) // a missing argument
      case 2:
        list[target] = junk // a wrong type
        return list
      case 3:
        if (item && typeof item === 'object') list[target] = { ...item, ...JSON.parse(`{"${key}": {"polluted": "yes"}}`) }
        else list[target] = JSON.parse(`{"${key}": {"polluted": "yes"}}`)
        return list
      case 4:
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          const keys = Object.keys(item)
          const field = keys[pick % Math.max(1, keys.length)]
          if (field) list[target] = { ...item, [field]: text }
        } else list[target] = text
        return list
      default:
        return junk
    }
  })

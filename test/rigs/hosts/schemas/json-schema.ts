/** The parts of JSON Schema / OpenAPI 3.0 schemas the stand-in checks need (no validator package is a direct dependency). */
export interface Schema {
  $ref?: string
  type?: string | string[]
  nullable?: boolean
  enum?: unknown[]
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  oneOf?: Schema[]
  anyOf?: Schema[]
  allOf?: Schema[]
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value

const fits = (actual: string, wanted: string) => actual === wanted || (wanted === 'number' && actual === 'integer')

/**
 * Where `value` breaks `schema` (empty when it fits): types, nullability, enums, required keys, nested
 * properties and items, and oneOf/anyOf/allOf. `$ref`s are resolved with `resolve` (a document lookup).
 * Formats, patterns and lengths are not checked: shapes are what the stand-ins must get right.
 */
export const schemaErrors = (value: unknown, schema: Schema, resolve: (ref: string) => Schema, at = '$'): string[] => {
  if (schema.$ref) return schemaErrors(value, resolve(schema.$ref), resolve, at)
  if (schema.allOf) return schema.allOf.flatMap((s) => schemaErrors(value, s, resolve, at))
  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives) {
    const tries = alternatives.map((s) => schemaErrors(value, s, resolve, at))
    return tries.some((t) => t.length === 0) ? [] : [`${at}: fits none of ${alternatives.length} alternatives (${tries.map((t) => t[0]).join(' | ')})`]
  }
  const actual = typeOf(value)
  if (actual === 'null') return schema.nullable || (Array.isArray(schema.type) && schema.type.includes('null')) || schema.type === undefined ? [] : [`${at}: null is not allowed`]
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]
  if (types.length && !types.some((t) => fits(actual, t))) return [`${at}: ${actual}, expected ${types.join('|')}`]
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`]
  if (actual === 'array' && schema.items) return (value as unknown[]).flatMap((v, i) => schemaErrors(v, schema.items!, resolve, `${at}[${i}]`))
  if (actual !== 'object') return []
  const object = value as Record<string, unknown>
  const missing = (schema.required ?? []).filter((key) => !(key in object)).map((key) => `${at}.${key}: required`)
  const nested = Object.entries(schema.properties ?? {}).flatMap(([key, s]) => (key in object ? schemaErrors(object[key], s, resolve, `${at}.${key}`) : []))
  return [...missing, ...nested]
}

import * as codecommit from '@aws-sdk/client-codecommit'

/** A Smithy static schema as the AWS SDK ships it: `[kind, namespace, name, traits, ...]` (3 struct, -3 error, 1 list). */
type StaticSchema = [number, string, string, unknown, ...unknown[]]
type Member = StaticSchema | number | (() => StaticSchema)

const deref = (m: Member): StaticSchema | number => (typeof m === 'function' ? m() : m)

/** CodeCommit's model schema by name, e.g. `GetRepositoryOutput` (exported by @aws-sdk/client-codecommit as `<Name>$`). */
export const codecommitShape = (name: string): StaticSchema | undefined => (codecommit as unknown as Record<string, StaticSchema | undefined>)[`${name}$`]

/**
 * Where a JSON body breaks a shape of the AWS SDK's CodeCommit model: every key must be a member, nested
 * structures and lists are followed, strings (0) and timestamps (4, epoch seconds in awsJson1_1) are typed.
 */
export const shapeErrors = (value: unknown, shape: Member, at = '$'): string[] => {
  const s = deref(shape)
  if (typeof s === 'number') {
    if (s === 0 && typeof value !== 'string') return [`${at}: expected a string`]
    if (s === 4 && typeof value !== 'number') return [`${at}: expected a timestamp (epoch seconds)`]
    return []
  }
  const [kind] = s
  if (kind === 1) return Array.isArray(value) ? value.flatMap((v, i) => shapeErrors(v, s[4] as unknown as Member, `${at}[${i}]`)) : [`${at}: expected a list`]
  if (kind !== 3 && kind !== -3) return []
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected a structure ${s[2]}`]
  const names = s[4] as string[]
  const members = s[5] as Member[] | Member
  const memberAt = (i: number): Member => (Array.isArray(members) ? (members as Member[])[i]! : members)
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const i = names.indexOf(key)
    if (i < 0) return [`${at}.${key}: not a member of ${s[2]}`]
    return shapeErrors(v, memberAt(i), `${at}.${key}`)
  })
}

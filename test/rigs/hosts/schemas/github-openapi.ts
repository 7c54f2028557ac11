import { createRequire } from 'node:module'
import type { Schema } from './json-schema'

interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema; examples?: Record<string, { $ref?: string; value?: unknown }> }> }> }>>
  components: Record<string, Record<string, unknown>>
}

let doc: OpenApi | undefined

/** GitHub's published REST description for api.github.com (the `@octokit/openapi` package, not dereferenced), loaded once. */
export const githubOpenApi = (): OpenApi => (doc ??= createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as OpenApi)

/** Resolves `#/components/<kind>/<name>` in GitHub's description. */
export const resolveGithub = (ref: string): Schema => {
  const [, , kind, name] = ref.split('/')
  const found = githubOpenApi().components[kind!]?.[name!]
  if (!found) throw new Error(`GitHub OpenAPI has no ${ref}`)
  return found as Schema
}

/** The documented schema of one answer (route as in the description, e.g. `/repos/{owner}/{repo}`), or undefined when GitHub documents none. */
export const githubResponseSchema = (route: string, method: string, status: number): Schema | undefined => {
  let response = githubOpenApi().paths[route]?.[method.toLowerCase()]?.responses[String(status)]
  if (response?.$ref) response = resolveGithub(response.$ref) as typeof response
  return response?.content?.['application/json']?.schema
}

/** GitHub's own example body for an answer (its first documented example), as the stand-ins' template. */
export const githubExample = (route: string, method: string, status: number): Record<string, unknown> => {
  const examples = githubOpenApi().paths[route]?.[method.toLowerCase()]?.responses[String(status)]?.content?.['application/json']?.examples ?? {}
  const first = Object.values(examples)[0]
  const value = first?.$ref ? (resolveGithub(first.$ref) as { value?: unknown }).value : first?.value
  if (!value || typeof value !== 'object') throw new Error(`GitHub OpenAPI has no example for ${method} ${route} ${status}`)
  return structuredClone(value) as Record<string, unknown>
}

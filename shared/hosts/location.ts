import type { HostKind } from '../domain/hosts'
import { hostSpec } from './registry'
import type { ResolvedLocation } from './types'

/** What a user typed (CLI flags or wizard fields). */
export interface LocationInput {
  url?: string
  org?: string
  collection?: string
  region?: string
}

/** Result of `normalizeHostLocation`. */
export type NormalizeResult = { ok: true; value: ResolvedLocation } | { ok: false; message: string }

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
const ORG = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?$/
const COLLECTION = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/

const clean = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined)

/** Parses a custom host URL: https only (http for loopback), no credentials, query or fragment. */
const parseHostUrl = (raw: string, example: string): { ok: true; url: URL } | { ok: false; message: string } => {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return { ok: false, message: `"${raw}" is not a web address. Enter the address you open in the browser, like ${example}.` }
  }
  if (url.username || url.password) return { ok: false, message: 'Leave the user name and password out of the address; PAT Keeper asks for them separately.' }
  if (url.search || url.hash) return { ok: false, message: `Enter only the server address, without "?" or "#" parts, like ${example}.` }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return { ok: false, message: 'The address must start with https://. PAT Keeper never sends a token over plain http (except to this computer).' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: `Only https:// addresses work here, like ${example}.` }
  if (!url.hostname.includes('.') && !LOOPBACK.has(url.hostname)) return { ok: false, message: `"${url.hostname}" is not a full host name. Enter it like ${example}.` }
  return { ok: true, url }
}

/** Base URL without a trailing slash: scheme, host[:port] and any path prefix (e.g. /gitlab or /tfs). */
const baseOf = (url: URL): string => `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`

/** Percent-decodes a path segment; a malformed escape (a lone "%") is kept as typed, for the name check to refuse. */
const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Azure DevOps: accept "myorg", "https://dev.azure.com/myorg/..." or "https://myorg.visualstudio.com/..."
 * in either field; `{org}.visualstudio.com` is still a valid Services address (learn.microsoft.com
 * azure/devops/release-notes/2018/sep-10-azure-devops-launch: "existing visualstudio.com URLs keep working").
 */
const azureOrg = (input: LocationInput): string | undefined => {
  for (const raw of [clean(input.org), clean(input.url)]) {
    if (!raw) continue
    const dev = /^(?:https?:\/\/)?dev\.azure\.com\/([^/?#]+)/i.exec(raw)
    const vs = /^(?:https?:\/\/)?([^./?#]+)\.visualstudio\.com(?:[/?#]|$)/i.exec(raw)
    const found = dev?.[1] ?? vs?.[1] ?? (raw === clean(input.org) ? raw.split('/')[0] : undefined)
    if (found) return safeDecode(found)
  }
  return undefined
}

/**
 * Checks and completes what the user typed for a host kind: custom hosts must be https (loopback may be
 * http, for local servers and tests); cloud kinds get their fixed URL; organization, collection and region
 * are validated. Messages say what to type.
 */
export const normalizeHostLocation = (kind: HostKind, input: LocationInput = {}): NormalizeResult => {
  const spec = hostSpec(kind)
  if (kind === 'azure-devops') {
    const org = azureOrg(input)
    if (!org) return { ok: false, message: 'Enter your Azure DevOps organization: the name after dev.azure.com/ in your browser.' }
    if (!ORG.test(org)) return { ok: false, message: `"${org}" is not an organization name: use letters, digits and hyphens, as in dev.azure.com/contoso.` }
    return { ok: true, value: { kind, url: spec.defaultUrl!, org } }
  }
  if (kind === 'codecommit') {
    const region = clean(input.region)?.toLowerCase() ?? /git-codecommit\.([a-z0-9-]+)\.amazonaws/i.exec(input.url ?? '')?.[1]
    if (!region) return { ok: false, message: 'Enter the AWS region of your repositories, for example us-east-1.' }
    if (!REGION.test(region)) return { ok: false, message: `"${region}" is not an AWS region name. Use the form us-east-1 or eu-central-1.` }
    return { ok: true, value: { kind, url: `https://${spec.gitHost({ kind, url: '', region })}`, region } }
  }
  if (spec.defaultUrl) {
    const typed = clean(input.url)
    if (typed) {
      const parsed = parseHostUrl(typed, spec.defaultUrl)
      const fixed = new URL(spec.defaultUrl)
      if (!parsed.ok || parsed.url.host.toLowerCase() !== fixed.host) {
        return { ok: false, message: `${spec.displayName} always lives at ${spec.defaultUrl}. For your own server, choose the self-hosted kind instead.` }
      }
    }
    return { ok: true, value: { kind, url: spec.defaultUrl } }
  }
  const example = spec.urlExample ?? 'https://git.example.com'
  const raw = clean(input.url)
  if (!raw) return { ok: false, message: `Enter the address of your ${spec.displayName}, like ${example}.` }
  const parsed = parseHostUrl(raw, example)
  if (!parsed.ok) return parsed
  let url = baseOf(parsed.url)
  if (!spec.needs.collection) return { ok: true, value: { kind, url } }
  // Azure DevOps Server: a pasted collection URL ends with the collection; split it off.
  const segments = parsed.url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  let collection = clean(input.collection)
  if (!collection && segments.length > 0 && segments.at(-1)!.toLowerCase() !== 'tfs') collection = segments.at(-1)
  if (!collection) return { ok: false, message: 'Enter the collection name, for example DefaultCollection.' }
  if (!COLLECTION.test(collection)) return { ok: false, message: `"${collection}" is not a collection name: use letters, digits, spaces, dots, hyphens and underscores.` }
  if (segments.at(-1)?.toLowerCase() === collection.toLowerCase()) url = url.slice(0, url.lastIndexOf('/'))
  return { ok: true, value: { kind, url, collection } }
}

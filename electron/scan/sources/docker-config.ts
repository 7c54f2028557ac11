import type { RawFinding } from '../raw-finding'

/** Registries whose passwords are Git host tokens: GitHub's container registry and GitLab registries. */
const isGitHostRegistry = (registry: string): boolean => {
  const host = registry.replace(/^https?:\/\//, '').split('/')[0]!.toLowerCase()
  return host === 'ghcr.io' || host === 'docker.pkg.github.com' || host.includes('gitlab')
}

/**
 * Docker's config.json: `auths: { "<registry>": { "auth": base64("user:password") } }`, written by
 * `docker login` when no credential store is configured ("credsStore"/"credHelpers" keep it out of the file).
 * https://docs.docker.com/reference/cli/docker/login/#credential-stores ,
 * https://docs.docker.com/reference/cli/docker/#docker-cli-configuration-file-configjson-properties
 * Only GitHub/GitLab registries are reported: their passwords are PATs
 * (https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry,
 * https://docs.gitlab.com/user/packages/container_registry/authenticate_with_container_registry/).
 */
export const dockerConfigFindings = (file: string, text: string): RawFinding[] => {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return []
  }
  const auths = (doc as { auths?: Record<string, { auth?: unknown; identitytoken?: unknown }> } | null)?.auths
  if (!auths || typeof auths !== 'object') return []
  const found: RawFinding[] = []
  for (const [registry, entry] of Object.entries(auths)) {
    if (!isGitHostRegistry(registry) || typeof entry?.auth !== 'string' || !entry.auth) continue
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0 || colon === decoded.length - 1) continue
    const at = text.indexOf(JSON.stringify(registry))
    const line = at < 0 ? 1 : text.slice(0, at).split('\n').length
    found.push({
      kind: 'docker-config', file, line, hostname: registry.replace(/^https?:\/\//, '').split('/')[0]!, protocol: 'https',
      username: decoded.slice(0, colon), secret: decoded.slice(colon + 1),
    })
  }
  return found
}

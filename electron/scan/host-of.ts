import type { HostKind } from '../../shared/domain/hosts'
import { mapHost } from '../import/map-host'
import type { RawFinding } from './raw-finding'

/** Package and container registries that belong to a Git host (their tokens are that host's PATs). */
const REGISTRY_HOSTS: Record<string, { host: HostKind; url: string }> = {
  // https://docs.github.com/en/packages/working-with-a-github-packages-registry
  'npm.pkg.github.com': { host: 'github', url: 'https://github.com' },
  'ghcr.io': { host: 'github', url: 'https://github.com' },
  'docker.pkg.github.com': { host: 'github', url: 'https://github.com' },
  // https://docs.gitlab.com/user/packages/container_registry/
  'registry.gitlab.com': { host: 'gitlab', url: 'https://gitlab.com' },
}

/** What PAT Keeper can tell about a finding's host: kind (null = ask), record URL and org/region. */
export const hostOf = (f: RawFinding): { host: HostKind | null; url: string; org?: string; region?: string } => {
  const known = REGISTRY_HOSTS[f.hostname.toLowerCase()]
  if (known) return known
  const [name, port = ''] = f.hostname.split(':') as [string, string?]
  const guess = mapHost(f.protocol, name, port, f.path ?? '')
  return { host: guess.host, url: guess.url, ...(guess.org ? { org: guess.org } : {}), ...(guess.region ? { region: guess.region } : {}) }
}

import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Folder for per-host CA certificates: `<data folder>/ca/<hostname>.pem` (or `<hostname>_<port>.pem`). */
export const caDir = (dataDir: string): string => join(dataDir, 'ca')

/** The CA file name for a URL host (`host` or `host:port`): `<hostname>.pem` or `<hostname>_<port>.pem`. */
export const caFileNameFor = (host: string): string => `${host.replace(/:(\d+)$/, '_$1')}.pem`

/**
 * The CA file for a self-hosted server, when the user put one in the data folder's `ca` folder. It is
 * added to the trusted roots for that host only; verification itself is never switched off.
 */
export const caFileFor = (dataDir: string, url: string): string | undefined => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:') return undefined
  const names = [parsed.port ? `${parsed.hostname}_${parsed.port}.pem` : undefined, `${parsed.hostname}.pem`]
  return names.map((n) => n && join(caDir(dataDir), n)).find((f): f is string => Boolean(f && existsSync(f)))
}

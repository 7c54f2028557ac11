import { extname, resolve, sep } from 'node:path'

/** MIME types of the files Vite emits. */
const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * Maps an `app://renderer/...` request to a file inside the built renderer folder, or null when the request
 * must be refused: another host, a method other than GET, or a path that resolves outside the folder
 * (`..`, `%2e%2e`, absolute paths). Serving from a custom protocol instead of `file://` follows Electron
 * security checklist item 18.
 */
export const resolveAppFile = (rawUrl: string, method: string, rendererRoot: string): string | null => {
  if (method !== 'GET') return null
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== 'app:' || url.host !== 'renderer') return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const root = resolve(rendererRoot)
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
  return file === root || file.startsWith(root + sep) ? file : null
}

/** Content type for a served file. */
export const mimeTypeFor = (file: string): string => MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'

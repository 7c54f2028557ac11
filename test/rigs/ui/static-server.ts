import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mimeTypeFor, resolveAppFile } from '../../../electron/security/app-protocol'
import { PRODUCTION_CSP } from '../../../electron/security/csp'

/** Serves the built renderer on 127.0.0.1 exactly as main's app:// handler does: same file rules, same CSP header. */
export const serveRenderer = async (rendererRoot: string): Promise<{ origin: string; server: Server }> => {
  const server = createServer(async (req, res) => {
    const file = resolveAppFile(`app://renderer${req.url ?? '/'}`, req.method ?? 'GET', rendererRoot)
    if (!file) return void res.writeHead(404).end('Not found')
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': mimeTypeFor(file), 'content-security-policy': PRODUCTION_CSP, 'x-content-type-options': 'nosniff' })
      res.end(body)
    } catch {
      res.writeHead(404).end('Not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, server }
}

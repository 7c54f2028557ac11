import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A loopback server that answers every request at once with 401 and counts requests (a safe target for fuzzed checks). */
export const startSink = async (): Promise<{ url: string; requests: () => number; close(): Promise<void> }> => {
  let count = 0
  const server: Server = createServer((req, res) => {
    count += 1
    req.resume()
    res.writeHead(401, { 'content-type': 'application/json' })
    res.end('{"message":"Bad credentials"}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()) }),
  }
}

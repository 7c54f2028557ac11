import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/**
 * A CONNECT proxy on 127.0.0.1 that records which targets it tunnelled to. With `loopbackOnly` it answers
 * other targets at once with 502 Bad Gateway (RFC 9110 15.6.3: no answer from upstream), so tests never wait
 * on the machine's DNS.
 */
export const startConnectProxy = async (options: { loopbackOnly?: boolean } = {}) => {
  const tunnels: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req, client: Socket) => {
    tunnels.push(req.url ?? '')
    const [host, port] = (req.url ?? '').split(':')
    if (options.loopbackOnly && host !== '127.0.0.1') return void client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => [client, upstream].forEach((end) => end.destroy())) // an unreachable target ends the tunnel
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy()
      server.close(() => r())
    }),
  }
}

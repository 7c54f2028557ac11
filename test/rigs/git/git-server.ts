import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGitWorld, runGit } from './git-env'

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend'

/**
 * A username/password pair the server accepts for repositories under `pathPrefix` (e.g. `/work-org/`).
 * `password` may be a function for computed passwords (e.g. a CodeCommit SigV4 signature of the path).
 */
export interface GitAccount {
  pathPrefix: string
  username: string
  password: string | ((given: string, repoPath: string) => boolean)
}

/** One request as the server saw it (the password is never kept). */
export interface GitRequestLog {
  method: string
  path: string
  username?: string
  status: number
}

/** A running loopback git host. */
export interface GitServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  /** Folder holding the bare repositories (`<root>/<path>.git`). */
  root: string
  /** Every request, in order; useful to see which user a clone authenticated as. */
  requests: GitRequestLog[]
  /** Replaces the accepted accounts (takes effect on the next request). */
  setAccounts(accounts: GitAccount[]): void
  /**
   * Creates a bare repository at `repoPath` (e.g. `work-org/app.git`) with one commit on `main`
   * holding README.md; returns its clone URL. Path segments may contain spaces.
   */
  createRepo(repoPath: string): Promise<string>
  close(): Promise<void>
}

/** Options for startGitServer. */
export interface GitServerOptions {
  accounts?: GitAccount[]
  /** Realm in the `WWW-Authenticate` challenge. */
  realm?: string
}

const decodeBasic = (header: string | undefined): { username: string; password: string } | undefined => {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (!match) return undefined
  const text = Buffer.from(match[1]!, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  return colon < 0 ? undefined : { username: text.slice(0, colon), password: text.slice(colon + 1) }
}

/** The accounts governing `path`: those with the longest matching prefix (so `/work-org/` beats `/`). */
const accountsFor = (accounts: GitAccount[], path: string): GitAccount[] => {
  const matching = accounts.filter((a) => path.startsWith(a.pathPrefix))
  const longest = Math.max(-1, ...matching.map((a) => a.pathPrefix.length))
  return matching.filter((a) => a.pathPrefix.length === longest)
}

/** The repository part of a smart-HTTP request path (`/a/b.git/info/refs` -> `/a/b.git`). */
const repoPathOf = (path: string) => path.replace(/\/(info\/refs|git-upload-pack|git-receive-pack|HEAD|objects\/.*)$/, '')

/** Runs git-http-backend as CGI for one authenticated request and relays its answer. */
const serveCgi = (root: string, req: IncomingMessage, res: ServerResponse, pathInfo: string, query: string, user: string, done: (status: number) => void) => {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: root,
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: pathInfo,
    QUERY_STRING: query,
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: user, // with REMOTE_USER set, http-backend allows push (http.receivepack default)
    REMOTE_ADDR: '127.0.0.1',
    GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
    HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
  }
  if (req.headers['content-length']) env.CONTENT_LENGTH = String(req.headers['content-length'])
  const cgi = spawn(HTTP_BACKEND, [], { env, stdio: ['pipe', 'pipe', 'pipe'] })
  cgi.stdin.on('error', () => undefined) // the backend may stop reading early
  req.pipe(cgi.stdin)
  let head = Buffer.alloc(0)
  let headersSent = false
  let status = 200
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) return void res.write(chunk)
    head = Buffer.concat([head, chunk])
    const text = head.toString('latin1')
    const end = text.search(/\r?\n\r?\n/)
    if (end < 0) return
    const sep = /\r?\n\r?\n/.exec(text.slice(end))![0]
    for (const line of text.slice(0, end).split(/\r?\n/)) {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).trim()
      const value = line.slice(colon + 1).trim()
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
      else res.setHeader(name, value)
    }
    res.statusCode = status
    headersSent = true
    res.write(head.subarray(end + sep.length))
  })
  cgi.stderr.resume()
  cgi.once('close', () => {
    if (!headersSent) res.statusCode = status = 500
    res.end()
    done(status)
  })
}

/**
 * Starts a git host on 127.0.0.1 (random port): `git http-backend` behind Basic auth. Each request's path
 * picks the accounts with the longest matching `pathPrefix`; the request must carry one of their
 * username/password pairs, else 401 with a Basic challenge (so git asks its credential helpers).
 * Repositories are created with `createRepo`. Call `close()` in `afterAll`.
 */
export const startGitServer = async (options: GitServerOptions = {}): Promise<GitServer> => {
  const root = mkdtempSync(join(tmpdir(), 'patkeeper-git-host-'))
  let accounts = options.accounts ?? []
  const requests: GitRequestLog[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = decodeURIComponent(url.pathname)
    const given = decodeBasic(req.headers.authorization)
    const entry: GitRequestLog = { method: req.method ?? 'GET', path, status: 0, ...(given ? { username: given.username } : {}) }
    requests.push(entry)
    const allowed = accountsFor(accounts, path)
    const ok = given && allowed.some((a) => a.username === given.username && (typeof a.password === 'function' ? a.password(given.password, repoPathOf(path)) : a.password === given.password))
    if (!ok) {
      req.resume()
      entry.status = 401
      res.writeHead(401, { 'WWW-Authenticate': `Basic realm="${options.realm ?? 'PAT Keeper git rig'}"`, 'Content-Type': 'text/plain' })
      return void res.end('Authentication required\n')
    }
    serveCgi(root, req, res, path, url.search.slice(1), given.username, (status) => (entry.status = status))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const base = `http://127.0.0.1:${port}`
  return {
    url: base,
    port,
    root,
    requests,
    setAccounts: (next) => void (accounts = next),
    createRepo: async (repoPath) => {
      const bare = join(root, repoPath)
      mkdirSync(bare, { recursive: true })
      const world = createGitWorld('patkeeper-git-seed-')
      const check = async (args: string[], cwd?: string) => {
        const run = await runGit(args, world.env, { cwd })
        if (run.code !== 0) throw new Error(`git rig: git ${args.join(' ')} failed: ${run.stderr}`)
      }
      await check(['init', '--bare', '--initial-branch=main', bare])
      const work = world.path('seed')
      await check(['init', '--initial-branch=main', work])
      writeFileSync(join(work, 'README.md'), `# ${repoPath}\n`)
      await check(['add', 'README.md'], work)
      await check(['commit', '-m', 'Initial commit'], work)
      await check(['push', bare, 'main'], work)
      return `${base}/${repoPath.split('/').map(encodeURIComponent).join('/')}`
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

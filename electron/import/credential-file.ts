import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** One line of git's plaintext credential store, parsed. Holds the secret: main-side only. */
export interface StoredCredential {
  file: string
  /** 0-based line number in the file. */
  line: number
  protocol: string
  hostname: string
  port: string
  /** Path part (only present when the credential was stored with useHttpPath). */
  path: string
  username: string
  secret: string
}

/** The files `git credential-store` reads by default, in its order. */
export const defaultCredentialFiles = (env: Readonly<Record<string, string | undefined>>): string[] => {
  const home = env.HOME || homedir()
  return [join(home, '.git-credentials'), join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'credentials')]
}

/** Parses a credential store file's text; lines that are not `scheme://user:secret@host[/path]` are skipped. */
export const parseCredentialText = (file: string, text: string): StoredCredential[] => {
  const found: StoredCredential[] = []
  text.split(/\r?\n/).forEach((raw, line) => {
    const entry = raw.trim()
    if (!entry || entry.startsWith('#')) return
    let url: URL
    try {
      url = new URL(entry)
    } catch {
      return
    }
    if (!url.password || !/^https?:$/.test(url.protocol)) return
    found.push({
      file,
      line,
      protocol: url.protocol.slice(0, -1),
      hostname: url.hostname,
      port: url.port,
      path: decodeURIComponent(url.pathname.replace(/^\/+/, '')),
      username: decodeURIComponent(url.username),
      secret: decodeURIComponent(url.password),
    })
  })
  return found
}

/** Reads one credential file; a missing file has no credentials. */
export const readCredentialFile = (file: string): StoredCredential[] => {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return parseCredentialText(file, text)
}

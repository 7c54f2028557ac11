import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync } from 'node:fs'
import type { HostKind } from '../../shared/domain/hosts'
import type { ImportCandidate, ImportChoice, ImportEraseResult, ImportOutcome } from '../../shared/ipc/channels/tokens'
import type { ServiceDeps } from '../app/service-deps'
import { AppError, isAppError } from '../errors/app-error'
import type { SecretStore } from '../secrets/secret-store'
import type { Vault } from '../vault/vault-types'
import { defaultCredentialFiles, readCredentialFile, type StoredCredential } from './credential-file'
import { formatPrefix, withFormatGuess } from './format-guess'
import { mapHost } from './map-host'

/** Finds plaintext git credentials, imports chosen ones into the keychain, then offers to erase them. */
export interface Importer {
  /** The default files git's credential store uses (`~/.git-credentials`, `$XDG_CONFIG_HOME/git/credentials`). */
  defaultFiles(): string[]
  /** Lists credentials found in `files` (default: git's files), masked; never returns a secret. */
  scan(files?: string[]): Promise<ImportCandidate[]>
  /** Imports the chosen credentials (re-read from their files) into the vault. */
  run(choices: ImportChoice[], files?: string[]): Promise<ImportOutcome[]>
  /**
   * Erases imported credentials from a plaintext file with `git credential-store --file <file> erase`,
   * after copying the file to a backup the user can delete. Only entries whose secret is now in the
   * keychain are erased.
   */
  erase(file: string, keys: string[]): Promise<ImportEraseResult>
}

/** Shows a secret's shape without revealing it: prefix and last four characters. */
export const maskSecret = (secret: string): string => {
  if (secret.length < 12) return '\u2022'.repeat(8)
  const prefix = formatPrefix(secret) || (/^[A-Za-z]+[_-]/.exec(secret)?.[0] ?? secret.slice(0, 2))
  return `${prefix.slice(0, 12)}\u2022\u2022\u2022\u2022${secret.slice(-4)}`
}

const keyOf = (c: StoredCredential) => createHash('sha256').update(`${c.file}\n${c.line}\n${c.protocol}://${c.username}@${c.hostname}:${c.port}/${c.path}`).digest('hex').slice(0, 16)
const hostPart = (c: StoredCredential) => `${c.hostname}${c.port ? `:${c.port}` : ''}`

/** The host kind from the credential's URL, or else from its token format. */
const guessHost = (c: StoredCredential) => withFormatGuess(mapHost(c.protocol, c.hostname, c.port, c.path), c.secret)

const toCandidate = (c: StoredCredential, existing: Awaited<ReturnType<Vault['list']>>): ImportCandidate => {
  const guess = guessHost(c)
  const already = existing.some((t) => t.username === c.username && (t.url === guess.url || (guess.org !== undefined && t.org === guess.org)) && (guess.host === null || t.host === guess.host))
  return {
    key: keyOf(c), file: c.file, line: c.line + 1, host: guess.host, guessed: guess.guessed, url: guess.url,
    ...(guess.org ? { org: guess.org } : {}), ...(guess.region ? { region: guess.region } : {}),
    ...(c.path ? { path: c.path } : {}),
    username: c.username, masked: maskSecret(c.secret),
    suggestedLabel: `${c.username || 'token'}@${hostPart(c)}`.slice(0, 120),
    alreadyStored: already,
  }
}

/** Runs `git credential-store --file <file> erase` for one entry (secret on stdin, never in argv). */
const gitErase = (file: string, c: StoredCredential): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn('git', ['credential-store', '--file', file, 'erase'], { stdio: ['pipe', 'ignore', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.once('error', (e) => reject(new AppError('git-failed', `Could not run git to edit ${file} (${e.message}). Is git installed?`)))
    child.once('close', (code) => (code === 0 ? resolve() : reject(new AppError('git-failed', `git credential-store could not erase an entry from ${file}: ${stderr.trim().slice(0, 200)}`))))
    const lines = [`protocol=${c.protocol}`, `host=${hostPart(c)}`, `username=${c.username}`, `password=${c.secret}`, ...(c.path ? [`path=${c.path}`] : [])]
    child.stdin.end(`${lines.join('\n')}\n\n`)
  })

/** Creates the importer over the vault. */
export const createImporter = (vault: Vault, secrets: SecretStore, deps: Pick<ServiceDeps, 'env' | 'clock' | 'log' | 'redactor'>): Importer => {
  const readAll = (files: string[]) => {
    try {
      const found = files.flatMap(readCredentialFile)
      for (const c of found) deps.redactor.remember(c.secret)
      return found
    } catch (error) {
      throw new AppError('invalid-input', `PAT Keeper could not read a credential file (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check the path and its permissions.`)
    }
  }
  const importer: Importer = {
    defaultFiles: () => defaultCredentialFiles(deps.env),
    scan: async (files = importer.defaultFiles()) => {
      const existing = await vault.list()
      return readAll(files).map((c) => toCandidate(c, existing))
    },
    run: async (choices, files = importer.defaultFiles()) => {
      const found = readAll(files)
      const outcomes: ImportOutcome[] = []
      for (const choice of choices) {
        const c = found.find((f) => keyOf(f) === choice.key)
        if (!c) {
          outcomes.push({ key: choice.key, ok: false, message: 'That entry is no longer in the file; scan again.' })
          continue
        }
        const guess = guessHost(c)
        const host: HostKind | null = choice.host ?? guess.host
        const label = (choice.label ?? `${c.username || 'token'}@${hostPart(c)}`).slice(0, 120)
        if (!host) {
          outcomes.push({ key: choice.key, ok: false, label, message: `Choose which kind of server ${c.hostname} is.` })
          continue
        }
        try {
          const record = await vault.add({
            host, label, secret: c.secret, ...(c.username ? { username: c.username } : {}),
            ...(host === guess.host ? { url: guess.url, ...(guess.org ? { org: guess.org } : {}), ...(guess.region ? { region: guess.region } : {}) } : { url: `${c.protocol}://${hostPart(c)}` }),
          })
          outcomes.push({ key: choice.key, ok: true, tokenId: record.id, label: record.label, message: `Imported into the keychain as "${record.label}".` })
        } catch (error) {
          outcomes.push({ key: choice.key, ok: false, label, message: isAppError(error) ? error.message : 'Could not import this entry; nothing was stored.' })
          if (!isAppError(error)) deps.log.error('import: unexpected failure', error)
        }
      }
      return outcomes
    },
    erase: async (file, keys) => {
      const found = readAll([file])
      const targets = found.filter((c) => keys.includes(keyOf(c)))
      const stored = new Set<string>()
      for (const t of await vault.list()) {
        const s = await secrets.get(t.id)
        if (s !== null) stored.add(s)
      }
      const safe = targets.filter((c) => stored.has(c.secret))
      const skipped = targets.length - safe.length
      if (safe.length === 0) return { erased: 0, skipped, backup: null, message: 'Nothing erased: import the entries into the keychain first.' }
      const stamp = deps.clock().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
      const backup = `${file}.patkeeper-backup-${stamp}`
      copyFileSync(file, backup)
      chmodSync(backup, 0o600)
      for (const c of safe) await gitErase(file, c)
      const left = readAll([file]).filter((c) => safe.some((s) => s.secret === c.secret && s.hostname === c.hostname))
      deps.log.info(`import: erased ${safe.length - left.length} plaintext entr(ies) from ${file}; backup at ${backup}`)
      return {
        erased: safe.length - left.length, skipped, backup,
        message: `Removed ${safe.length - left.length} token(s) from ${file}. A backup with the old contents is at ${backup}: delete it once you are sure.`,
      }
    },
  }
  return importer
}

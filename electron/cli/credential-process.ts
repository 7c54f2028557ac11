// git's credential helper as a whole process: `patkeeper credential get|store|erase` (the compiled
// executable) or `git-credential-patkeeper get|store|erase` (the Node bundle for contributors). See
// electron/credential-helper/helper.ts for what each action does. It runs on every git request, so its
// imports stay tiny: the metadata parser, the keytar store, the matcher and node:crypto. No zod, no host
// SDKs, no services graph.
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { runCredentialHelper } from '../credential-helper/helper'
import { recordRejection } from '../git/rejections'
import { parseDoc } from '../metadata/metadata-doc'
import { metadataPaths } from '../metadata/metadata-store'
import { dataDirFor, keychainServiceFor } from '../platform/paths'
import { createKeytarStore } from '../secrets/keytar-store'

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const answer = async (action: string | undefined): Promise<number> => {
  const pathEnv = { env: process.env, platform: process.platform, homedir: homedir() }
  const dataDir = dataDirFor(pathEnv)
  const secrets = createKeytarStore(keychainServiceFor(pathEnv), { timeoutMs: 15_000 })
  const outcome = await runCredentialHelper(action, await readStdin(), {
    loadTokens: async () => {
      let text: string
      try {
        text = readFileSync(metadataPaths(dataDir).file, 'utf8')
      } catch {
        return [] // no tokens saved yet: nothing to answer
      }
      return parseDoc(text).tokens
    },
    readSecret: (id) => secrets.get(id),
    recordRejection: (rejection) => recordRejection(dataDir, rejection),
    now: () => new Date(),
  })
  if (outcome.stdout) process.stdout.write(outcome.stdout)
  if (outcome.stderr) process.stderr.write(outcome.stderr)
  return outcome.code
}

// Exit as soon as the answer is flushed: libsecret's D-Bus thread would otherwise keep the process alive
// for a while after the work is done, and git waits for the helper to exit.
const exitAfterFlush = (code: number) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))

/** Answers one git credential request (`action` is git's get/store/erase) on stdin/stdout, then exits. */
export const runCredentialProcess = (action: string | undefined): void => {
  answer(action).then(exitAfterFlush, (error: unknown) => {
    // Never print a secret: only the error's own message, which our modules keep secret-free.
    process.stderr.write(`patkeeper: the credential helper failed (${error instanceof Error ? error.message : 'unknown error'}); git will try its other helpers.\n`)
    exitAfterFlush(1)
  })
}

import { createHash, createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitService } from '../../../electron/git/git-service'
import { createGitRunner } from '../../../electron/git/git-runner'
import { createMetadataStore } from '../../../electron/metadata/metadata-store'
import { createKeytarStore } from '../../../electron/secrets/keytar-store'
import { createTestDeps } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { helperLocationFor, tokenRecord } from '../../rigs/git/helper-fixture'

const KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
const REGION = 'eu-west-1'

/** The server side of CodeCommit's git auth, written here from reference/hosts.md section 8 (not the app's code). */
const acceptsSignature = (seen: string[]) => (given: string, repoPath: string): boolean => {
  seen.push(given)
  const match = /^(\d{8}T\d{6})Z([0-9a-f]{64})$/.exec(given)
  if (!match) return false
  const [, stamp, signature] = match as unknown as [string, string, string]
  const signedAt = Date.parse(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`)
  if (Math.abs(Date.now() - signedAt) > 5 * 60_000) return false
  const canonical = `GIT\n${repoPath}\n\nhost:127.0.0.1\n\nhost\n`
  const toSign = `AWS4-HMAC-SHA256\n${stamp}\n${stamp.slice(0, 8)}/${REGION}/codecommit/aws4_request\n${createHash('sha256').update(canonical).digest('hex')}`
  let key: Buffer = createHmac('sha256', `AWS4${SECRET}`).update(stamp.slice(0, 8)).digest()
  for (const part of [REGION, 'codecommit', 'aws4_request']) key = createHmac('sha256', key).update(part).digest()
  return createHmac('sha256', key).update(toSign).digest('hex') === signature
}

describe('CodeCommit access key through real git', () => {
  let server: GitServer
  const seen: string[] = []
  const deps = createTestDeps()
  const secrets = createKeytarStore(deps.keychainService)
  const record = tokenRecord({ label: 'aws', host: 'codecommit', url: '', region: REGION, username: KEY_ID, tokenType: 'access-key' })

  beforeAll(async () => {
    server = await startGitServer({ accounts: [{ pathPrefix: '/v1/repos/', username: KEY_ID, password: acceptsSignature(seen) }] })
    record.url = server.url
    const metadata = createMetadataStore(deps.dataDir)
    await metadata.update((doc) => void doc.tokens.push(record))
    await secrets.set(record.id, SECRET)
  })
  afterAll(async () => {
    await server?.close()
    await secrets.delete(record.id)
  })

  it('signs each request with SigV4 over the repository path, so clone works', async () => {
    const world = createGitWorld()
    const git = new GitService({ metadata: createMetadataStore(deps.dataDir), git: createGitRunner(world.env), env: world.env, clock: () => new Date(), helper: await helperLocationFor(deps).then((l) => () => l), emit: () => undefined })
    const { preview } = await git.apply({ token: 'aws', scope: 'global' })
    expect(preview.commands.at(-1)).toBe(`git config --global --add credential.${server.url}.useHttpPath true`)
    const url = await server.createRepo('v1/repos/infra.git')
    const cloned = await world.git(['clone', url, world.path('infra')])
    expect(cloned.code, cloned.stderr).toBe(0)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((p) => /^\d{8}T\d{6}Z[0-9a-f]{64}$/.test(p))).toBe(true)
    expect(seen.join()).not.toContain(SECRET)
  })
})

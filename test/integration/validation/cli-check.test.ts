import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'
import { githubPlay, gitlabPlay, selfSignedCert, startFakeHost, type FakeHost } from '../../rigs/hosts'
import { buildCli, ROOT } from '../vault/cli-run'

const GOOD = 'ghp_' + 'c'.repeat(36)
const BAD = 'ghp_' + 'd'.repeat(36)
const GL = 'glpat-' + 'w'.repeat(20)

/** Runs the built CLI as a real process, asynchronously (the fake hosts live in this process). */
const cli = (args: string[], env: Record<string, string>, stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((done) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'bin/patkeeper.cjs'), ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('close', (code) => done({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })

describe('patkeeper check', () => {
  let ghes: FakeHost
  let gl: FakeHost
  const env = { PATKEEPER_HOME: tempDir(), PATKEEPER_KEYCHAIN_SERVICE: `PAT Keeper Test ${randomBytes(4).toString('hex')}` }
  beforeAll(async () => {
    await buildCli()
    ghes = await startFakeHost(githubPlay({ [GOOD]: { login: 'octocat', scopes: ['repo'], expires: '2026-12-20 00:00:00 UTC' } }, { enterprise: true }), { https: true })
    gl = await startFakeHost(gitlabPlay({ [GL]: { username: 'jdoe', scopes: ['read_user', 'write_repository'], expires_at: '2027-01-31' } }))
  }, 60_000)
  afterAll(async () => {
    await ghes.close()
    await gl.close()
  })

  it('checks named tokens, prints JSON, exits 0 only when all are valid; CA from NODE_EXTRA_CA_CERTS', async () => {
    const tls = { ...env, NODE_EXTRA_CA_CERTS: selfSignedCert().certFile }
    expect((await cli(['add', '--host', 'github-enterprise', '--label', 'ghes', '--url', ghes.url, '--purpose', 'write'], tls, GOOD)).code).toBe(0)
    expect((await cli(['add', '--host', 'gitlab-self-managed', '--label', 'lab', '--url', gl.url, '--purpose', 'write'], tls, GL)).code).toBe(0)
    const ok = await cli(['check', 'ghes', 'lab', '--json'], tls)
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    const rows = JSON.parse(ok.stdout) as { label: string; status: string; identity: { login?: string }; expiresAt?: string }[]
    expect(rows.map((r) => [r.label, r.status, r.identity.login, r.expiresAt])).toEqual([
      ['ghes', 'valid', 'octocat', '2026-12-20T00:00:00.000Z'],
      ['lab', 'valid', 'jdoe', '2027-01-31T00:00:00.000Z'],
    ])
    // Without the company CA the certificate is refused: not valid, exit 1, a message that says what to do.
    const noCa = await cli(['check', 'ghes'], env)
    expect(noCa.code).toBe(1)
    expect(noCa.stdout).toMatch(/unreachable.*certificate.*NODE_EXTRA_CA_CERTS/)
  }, 60_000)

  it('exits 1 when a token is not valid and never prints the secret', async () => {
    expect((await cli(['add', '--host', 'github-enterprise', '--label', 'broken', '--url', ghes.url], env, BAD)).code).toBe(0)
    const out = await cli(['check', 'broken'], { ...env, NODE_EXTRA_CA_CERTS: selfSignedCert().certFile })
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/broken\s+github-enterprise\s+invalid/)
    expect(out.stdout + out.stderr).not.toContain(BAD)
    const missing = await cli(['check', 'no-such-token'], env)
    expect(missing.code, missing.stderr).toBe(4)
  }, 60_000)
})

import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../electron/app/services'
import { createTestDeps, tempDir } from '../../helpers/test-deps'
import { buildCli, patkeeper } from './cli-run'

const gh = `ghp_${randomBytes(18).toString('hex')}`
const gl = `glpat-${randomBytes(10).toString('hex')}`
const az = randomBytes(26).toString('hex')
const cc = `${randomBytes(20).toString('base64url')}=`
const self = `glpat-${randomBytes(10).toString('hex')}`
const unknown = randomBytes(20).toString('hex')

/** A credential store file as `git credential-store` writes it (URL-encoded user and password). */
const credentialFile = (): string => {
  const file = join(tempDir('patkeeper-import-'), '.git-credentials')
  writeFileSync(
    file,
    [
      `https://octo:${gh}@github.com`,
      `https://oauth2:${gl}@gitlab.com`,
      `https://fabrikam:${az}@dev.azure.com/fabrikam/web/_git/site`,
      `https://mara-at-123456789012:${encodeURIComponent(cc)}@git-codecommit.eu-west-1.amazonaws.com`,
      `https://mara:${self}@gitlab.corp.example.com`,
      `https://me:${unknown}@git.example.org`,
      'this line is not a credential',
      '',
    ].join('\n'),
    { mode: 0o600 },
  )
  return file
}

describe('import from git credential-store files', () => {
  const made: Services[] = []
  const setup = () => {
    const services = createServices(createTestDeps())
    made.push(services)
    return services
  }
  beforeAll(buildCli, 60_000)
  afterEach(async () => {
    for (const s of made.splice(0)) for (const id of await s.secrets.ids().catch(() => [])) await s.secrets.delete(id)
  })

  it('lists entries masked with their host kinds, never the secret', async () => {
    const { importer } = setup()
    const candidates = await importer.scan([credentialFile()])
    expect(candidates.map((c) => [c.host, c.username, c.guessed])).toEqual([
      ['github', 'octo', false],
      ['gitlab', 'oauth2', false],
      ['azure-devops', 'fabrikam', false],
      ['codecommit', 'mara-at-123456789012', false],
      ['gitlab-self-managed', 'mara', true],
      [null, 'me', true],
    ])
    expect(candidates[2]).toMatchObject({ org: 'fabrikam', url: 'https://dev.azure.com' })
    expect(candidates[3]).toMatchObject({ region: 'eu-west-1' })
    expect(candidates[0]!.masked).toBe(`ghp_\u2022\u2022\u2022\u2022${gh.slice(-4)}`)
    const text = JSON.stringify(candidates)
    for (const s of [gh, gl, az, cc, self, unknown]) expect(text).not.toContain(s)
  })

  it('imports chosen entries into the keychain, then erases only those from the file, keeping a backup', async () => {
    const services = setup()
    const file = credentialFile()
    const original = readFileSync(file, 'utf8')
    const candidates = await services.importer.scan([file])
    const pick = candidates.filter((c) => c.host === 'github' || c.host === 'gitlab-self-managed' || c.host === null)
    const outcomes = await services.importer.run(pick.map((c) => ({ key: c.key, ...(c.host === null ? { host: 'gitlab-self-managed' as const, label: 'Example GitLab' } : {}) })), [file])
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true])
    const github = await services.vault.find('octo@github.com')
    expect(github).toMatchObject({ host: 'github', username: 'octo', url: 'https://github.com' })
    expect(await services.vault.readSecret(github.id)).toBe(gh)
    expect(await services.vault.find('Example GitLab')).toMatchObject({ url: 'https://git.example.org' })
    expect((await services.importer.scan([file])).find((c) => c.host === 'github')?.alreadyStored).toBe(true)

    // The gitlab.com entry was not imported: asking to erase it is refused (skipped), nothing is lost.
    const glKey = candidates.find((c) => c.host === 'gitlab')!.key
    const erased = await services.importer.erase(file, [...pick.map((c) => c.key), glKey])
    expect(erased).toMatchObject({ erased: 3, skipped: 1 })
    const after = readFileSync(file, 'utf8')
    for (const s of [gh, self, unknown]) expect(after).not.toContain(s)
    for (const s of [gl, az]) expect(after).toContain(s)
    expect(readFileSync(erased.backup!, 'utf8')).toBe(original)
    expect(erased.message).toContain(erased.backup!)
  })

  it('patkeeper import --from --yes --erase moves recognised entries and leaves the rest', async () => {
    const file = credentialFile()
    const p = { home: tempDir('patkeeper-import-cli-'), service: `PAT Keeper Import Test ${randomBytes(4).toString('hex')}` }
    const dry = patkeeper(['import', '--from', file, '--dry-run', '--json'], p)
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.stdout)).toHaveLength(6)
    const run = patkeeper(['import', '--from', file, '--yes', '--erase'], p)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Removed 5 token\(s\) from/)
    const list = JSON.parse(patkeeper(['list', '--json'], p).stdout) as { host: string }[]
    expect(list.map((t) => t.host).sort()).toEqual(['azure-devops', 'codecommit', 'github', 'gitlab', 'gitlab-self-managed'])
    const left = readFileSync(file, 'utf8')
    expect(left).toContain(unknown) // kind unknown: left for "patkeeper add"
    for (const s of [gh, gl, az, self]) expect(left).not.toContain(s)
    for (const s of [gh, gl, az, cc, self, unknown]) expect(run.stdout + dry.stdout).not.toContain(s)
    const services = createServices(createTestDeps({ keychainService: p.service }))
    for (const id of await services.secrets.ids()) await services.secrets.delete(id)
  })
})

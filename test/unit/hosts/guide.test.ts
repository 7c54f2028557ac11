import { describe, expect, it } from 'vitest'
import { createServices } from '../../../electron/app/services'
import type { CliIo } from '../../../electron/cli/command'
import { runCli } from '../../../electron/cli/run-cli'
import { HOST_KINDS, PURPOSES } from '../../../shared/domain/hosts'
import { HOST_CATALOG, buildGuide, normalizeHostLocation } from '../../../shared/hosts/catalog'
import { createTestDeps } from '../../helpers/test-deps'

const cli = async (...argv: string[]) => {
  const deps = createTestDeps({ clock: () => new Date('2026-11-21T09:00:00Z') })
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t), readSecret: async () => '', confirm: async () => false }
  const code = await runCli(argv, { services: createServices(deps), io })
  return { code, out: out.join('\n'), err: err.join('\n'), opened: deps.opened }
}

const WHERE: Record<string, string[]> = {
  'github-enterprise': ['--url', 'https://ghe.acme.example'],
  'gitlab-self-managed': ['--url', 'https://gitlab.acme.example'],
  'bitbucket-data-center': ['--url', 'https://bb.acme.example'],
  'azure-devops': ['--org', 'contoso'],
  'azure-devops-server': ['--url', 'https://tfs.acme.example/tfs', '--collection', 'DefaultCollection'],
  codecommit: ['--region', 'us-east-1'],
}

describe('buildGuide', () => {
  for (const kind of HOST_KINDS) {
    for (const purpose of PURPOSES) {
      it(`${kind} ${purpose}: numbered steps start with the token page and name the scopes`, () => {
        const loc = normalizeHostLocation(kind, { url: HOST_CATALOG[kind].needs.url ? 'https://h.acme.example/tfs/Coll' : undefined, org: 'contoso', region: 'us-east-1' })
        if (!loc.ok) throw new Error(loc.message)
        const guide = buildGuide({ kind, location: loc.value, purpose, tokenName: 'Laptop' })
        expect(guide.steps.length).toBeGreaterThanOrEqual(4)
        expect(guide.steps[0]).toContain(guide.tokenPageUrl)
        expect(guide.scopes.length).toBeGreaterThan(0)
        const text = guide.steps.join(' ')
        expect(guide.scopes.every((s) => text.includes(s)) || guide.checklist.every((c) => text.includes(c))).toBe(true)
        expect(guide.expiry).toMatch(/Expiry is (required|optional)|never expire/)
      })
    }
  }
  it('Bitbucket Cloud says app passwords are dead; Azure DevOps says global PATs end on 2026-12-01', () => {
    const bb = buildGuide({ kind: 'bitbucket-cloud', location: { kind: 'bitbucket-cloud', url: 'https://bitbucket.org' }, purpose: 'write', tokenName: 'n' })
    expect(bb.notices.join(' ')).toContain('App passwords stopped working on 2026-07-28')
    expect(bb.username).toBe('x-bitbucket-api-token-auth')
    const ado = buildGuide({ kind: 'azure-devops', location: { kind: 'azure-devops', url: 'https://dev.azure.com', org: 'contoso' }, purpose: 'read', tokenName: 'n' })
    expect(ado.notices[0]).toContain('2026-12-01')
    expect(ado.steps.join(' ')).toContain('not "All accessible organizations"')
  })
})

describe('patkeeper guide', () => {
  for (const kind of HOST_KINDS) {
    it(`${kind}: prints steps, scopes and the token page`, async () => {
      const run = await cli('guide', kind, ...(WHERE[kind] ?? []))
      expect(run.err).toBe('')
      expect(run.code).toBe(0)
      expect(run.out).toMatch(/^ {2} 1\. Open the token page: https:\/\//m)
      expect(run.out).toContain('Scopes:')
      expect(run.out).toContain(`patkeeper add --host ${kind} --label <label>`)
    })
  }
  it('--json has the documented shape and the pre-filled link', async () => {
    const run = await cli('guide', 'gitlab', '--purpose', 'read', '--name', 'My laptop', '--json')
    const json = JSON.parse(run.out)
    expect(json).toMatchObject({ kind: 'gitlab', purpose: 'read', scopes: ['read_repository'], location: { url: 'https://gitlab.com' } })
    expect(json.tokenPageUrl).toBe('https://gitlab.com/-/user_settings/personal_access_tokens?name=My%20laptop&scopes=read_repository')
    expect(Array.isArray(json.steps) && Array.isArray(json.notices)).toBe(true)
  })
  it('--type classic on GitHub and a default token name with the date', async () => {
    const run = await cli('guide', 'github', '--type', 'classic', '--purpose', 'write-workflows')
    expect(run.out).toContain('https://github.com/settings/tokens/new?scopes=repo,workflow&description=PAT%20Keeper%20github%202026-11-21')
  })
  it('--open opens the custom host page through the allowlist', async () => {
    const run = await cli('guide', 'github-enterprise', '--url', 'ghe.acme.example', '--open')
    expect(run.code).toBe(0)
    expect(run.opened).toEqual(['https://ghe.acme.example/settings/tokens/new?scopes=repo&description=PAT%20Keeper%20github-enterprise%202026-11-21'])
  })
  it('bad input gets a usage error that says what to type', async () => {
    expect(await cli('guide', 'gitea')).toMatchObject({ code: 2, err: expect.stringContaining('Name a host kind') })
    expect(await cli('guide', 'gitlab-self-managed', '--url', 'http://gitlab.acme.example')).toMatchObject({ code: 2, err: expect.stringContaining('https://') })
    expect(await cli('guide', 'github', '--type', 'nope')).toMatchObject({ code: 2, err: expect.stringContaining('fine-grained, classic') })
    expect(await cli('guide', 'github', '--bogus')).toMatchObject({ code: 2, err: expect.stringContaining('--help') })
    expect(await cli('guide', 'azure-devops')).toMatchObject({ code: 2, err: expect.stringContaining('organization') })
  })
})

import { describe, expect, it } from 'vitest'
import { runCredentialHelper, type HelperDeps } from '../../../electron/credential-helper/helper'
import { createGitWorld } from '../../rigs/git/git-env'
import { tokenRecord } from '../../rigs/git/helper-fixture'

const bot = tokenRecord({ id: 'bot', label: 'ci bot', host: 'bitbucket-data-center', url: 'https://bb.corp.example', tokenType: 'project-repo-token', gitBindings: [{ id: 'b', scope: 'global', configuredAt: '' }] })
const deps: HelperDeps = { loadTokens: async () => [bot], readSecret: async () => 'BBDC-secret', recordRejection: () => undefined, now: () => new Date('2026-12-01T10:00:00Z') }

describe('Bitbucket Data Center project/repository tokens through the credential helper (Bearer only)', () => {
  it('answers authtype=Bearer + credential (capability echoed first) when git offers capability[]=authtype (git 2.46+)', async () => {
    const out = await runCredentialHelper('get', 'capability[]=authtype\nprotocol=https\nhost=bb.corp.example\npath=scm/proj/app.git\n', deps)
    expect(out).toEqual({ stdout: 'capability[]=authtype\nauthtype=Bearer\ncredential=BBDC-secret\n', stderr: '', code: 0 })
    expect(out.stdout).not.toMatch(/username=|password=/)
  })

  it('never answers Basic username/password to git that cannot take a Bearer token, and says why', async () => {
    const out = await runCredentialHelper('get', 'protocol=https\nhost=bb.corp.example\npath=scm/proj/app.git\n', deps)
    expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(/"ci bot" is a Bitbucket project or repository access token.*git 2\.46 or later/)
  })

  it('this machine\'s git announces the capability only from 2.46 (what the helper sees depends on it)', async () => {
    const world = createGitWorld()
    const version = await world.git(['version'])
    const [major, minor] = (version.stdout.match(/(\d+)\.(\d+)/) ?? []).slice(1).map(Number) as [number, number]
    const capable = major > 2 || (major === 2 && minor >= 46)
    const probe = await world.git(['credential', 'capability'])
    // `git credential capability` exists from 2.46 and lists "capability authtype".
    expect(probe.code === 0 && /authtype/.test(probe.stdout)).toBe(capable)
  })
})

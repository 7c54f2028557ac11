import { afterEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../electron/app/services'
import type { CliIo } from '../../../electron/cli/command'
import { runCli } from '../../../electron/cli/run-cli'
import { createTestDeps } from '../../helpers/test-deps'

describe('patkeeper add checks where the host is with the catalog, before reading the secret', () => {
  const made: Services[] = []
  afterEach(async () => {
    for (const s of made.splice(0)) for (const id of await s.secrets.ids().catch(() => [])) await s.secrets.delete(id)
  })
  const add = async (...argv: string[]) => {
    const services = createServices(createTestDeps())
    made.push(services)
    const err: string[] = []
    let secretRead = false
    const io: CliIo = { out: () => undefined, err: (t) => void err.push(t), readSecret: async () => {
        secretRead = true
        return 'glpat-Kb7xQ2mN9pR4sT6vW8yZ'
      }, confirm: async () => false }
    const code = await runCli(['add', '--label', 'x', ...argv], { services, io })
    return { code, err: err.join('\n'), secretRead, services }
  }

  it('refuses plain http, a bad organization, a bad region or a missing collection', async () => {
    for (const [args, says] of [
      [['--host', 'gitlab-self-managed', '--url', 'http://gitlab.acme.example'], 'https://'],
      [['--host', 'azure-devops', '--org', 'bad org!'], 'letters, digits and hyphens'],
      [['--host', 'codecommit', '--region', 'europe'], 'us-east-1'],
      [['--host', 'azure-devops-server', '--url', 'https://tfs.acme.example/tfs'], 'collection'],
      [['--host', 'github', '--url', 'https://github.acme.example'], 'always lives at https://github.com'],
    ] as const) {
      const run = await add(...args)
      expect(run.code).toBe(2)
      expect(run.err).toContain(says)
      expect(run.secretRead).toBe(false)
    }
  })

  it('stores the normalised location (organization taken from a pasted Azure DevOps address)', async () => {
    const run = await add('--host', 'azure-devops', '--url', 'https://dev.azure.com/contoso/project/_git/repo')
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const [record] = await run.services.vault.list()
    expect(record).toMatchObject({ host: 'azure-devops', url: 'https://dev.azure.com', org: 'contoso' })
  })
})

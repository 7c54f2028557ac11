import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { removeToken } from '../../../electron/app/remove-token'
import { createServices, type Services } from '../../../electron/app/services'
import { createTestDeps, tempDir } from '../../helpers/test-deps'
import { createGitWorld } from '../../rigs/git/git-env'

const SECRET = 'glpat-Remove0Test0Token0Xy'

describe('removing a token', () => {
  let services: Services | undefined
  afterEach(async () => {
    for (const id of (await services?.secrets.ids().catch(() => [])) ?? []) await services?.secrets.delete(id)
  })

  it('undoes its git setup, then deletes the keychain item and the record', async () => {
    const world = createGitWorld()
    writeFileSync(world.globalConfig, '[user]\n\temail = dana@example.org\n')
    const before = readFileSync(world.globalConfig)
    const dataDir = tempDir()
    services = createServices(createTestDeps({ dataDir, env: { ...world.env, PATKEEPER_HOME: dataDir } }))
    const token = await services.vault.add({ host: 'gitlab-self-managed', url: 'https://git.example.com', label: 'ci', secret: SECRET, username: 'dana' })
    await services.git.apply({ token: token.id, scope: 'global' })
    expect(readFileSync(world.globalConfig, 'utf8')).toContain('credential "https://git.example.com"')

    const { notes } = await removeToken(services, 'ci')

    expect(notes).toEqual(['Undid 1 git setup of "ci".'])
    expect(readFileSync(world.globalConfig)).toEqual(before)
    expect(await services.vault.list()).toEqual([])
    expect(await services.secrets.get(token.id)).toBeNull()
    expect((await services.metadata.read()).gitChanges).toEqual([])
    expect(existsSync(dataDir)).toBe(true)
  })

  it('removes a token that was never set up for git without touching git config', async () => {
    const world = createGitWorld()
    const before = existsSync(world.globalConfig) ? readFileSync(world.globalConfig) : null
    const dataDir = tempDir()
    services = createServices(createTestDeps({ dataDir, env: { ...world.env, PATKEEPER_HOME: dataDir } }))
    await services.vault.add({ host: 'gitlab-self-managed', url: 'https://git.example.com', label: 'plain', secret: SECRET })
    expect(await removeToken(services, 'plain')).toEqual({ notes: [] })
    expect(existsSync(world.globalConfig) ? readFileSync(world.globalConfig) : null).toEqual(before)
    expect(await services.vault.list()).toEqual([])
  })
})

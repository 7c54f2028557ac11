import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'

describe('git rig: git http-backend behind Basic auth on 127.0.0.1', () => {
  let server: GitServer
  beforeAll(async () => {
    server = await startGitServer({
      accounts: [
        { pathPrefix: '/', username: 'me', password: 'personal-secret' },
        { pathPrefix: '/work-org/', username: 'worker', password: 'work-secret' },
      ],
    })
  })
  afterAll(async () => server?.close())

  const storeHelper = (world: ReturnType<typeof createGitWorld>, lines: string[]) => {
    const file = world.path('credentials')
    writeFileSync(file, lines.join('\n') + '\n')
    return ['-c', `credential.helper=store --file=${file}`, '-c', 'credential.useHttpPath=true']
  }

  it('clones with the right account and refuses a clone without credentials', async () => {
    const url = await server.createRepo('me/tool.git')
    const world = createGitWorld()
    const denied = await world.git(['clone', url, world.path('nope')])
    expect(denied.code).not.toBe(0)
    expect(denied.stderr).toMatch(/could not read Username|Authentication failed/)

    const helper = storeHelper(world, [`http://me:personal-secret@127.0.0.1%3a${server.port}/me/tool.git`])
    const cloned = await world.git([...helper, 'clone', url, world.path('tool')])
    expect(cloned.stderr).not.toMatch(/fatal/)
    expect(cloned.code).toBe(0)
    expect(server.requests.some((r) => r.username === 'me' && r.status === 200)).toBe(true)
  })

  it('demands the path prefix account for its repositories and accepts a push', async () => {
    const url = await server.createRepo('work-org/app with space.git')
    const world = createGitWorld()
    const wrong = storeHelper(world, [`http://me:personal-secret@127.0.0.1%3a${server.port}/work-org/app%20with%20space.git`])
    expect((await world.git([...wrong, 'clone', url, world.path('w1')])).code).not.toBe(0)

    const right = storeHelper(world, [`http://worker:work-secret@127.0.0.1%3a${server.port}/work-org/app%20with%20space.git`])
    const work = world.path('w2')
    expect((await world.git([...right, 'clone', url, work])).code).toBe(0)
    writeFileSync(`${work}/change.txt`, 'hello\n')
    await world.git(['add', 'change.txt'], { cwd: work })
    await world.git(['commit', '-m', 'change'], { cwd: work })
    const pushed = await world.git([...right, 'push', 'origin', 'main'], { cwd: work })
    expect(pushed.stderr).toContain('main -> main')
    expect(pushed.code).toBe(0)
  })
})

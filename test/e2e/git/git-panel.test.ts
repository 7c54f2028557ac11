import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClipboardPort } from '../../../electron/clipboard/clipboard-port'
import { recordRejection } from '../../../electron/git/rejections'
import { tempDir } from '../../helpers/test-deps'
import { visible } from '../../helpers/ui'
import { createGitWorld } from '../../rigs/git/git-env'
import { startGitServer, type GitServer } from '../../rigs/git/git-server'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

const SECRET = 'ghp_' + 'GitPanelE2e000000000000000000000000000'
const GLOBAL = '[core]\n\teditor = vim\n'

// The git panel in Chromium against the real handlers, real keychain, real git and the git rig.
describe('git panel (Use with git, Test, Copy, commit identity)', () => {
  let ui: UiRig
  let server: GitServer
  const world = createGitWorld()
  const clip = { text: '', concealed: false }
  const port: ClipboardPort = { write: (t, o) => void Object.assign(clip, { text: t, concealed: o.concealed }), read: () => clip.text, clear: () => void (clip.text = '') }

  beforeAll(async () => {
    server = await startGitServer({ accounts: [{ pathPrefix: '/team/', username: 'dev', password: SECRET }] })
    await server.createRepo('team/app.git')
    writeFileSync(world.globalConfig, GLOBAL)
    const dataDir = tempDir()
    const keychainService = `PAT Keeper Test ${randomBytes(4).toString('hex')}`
    ui = await startUi({ deps: { dataDir, keychainService, env: { ...world.env, PATKEEPER_HOME: dataDir, PATKEEPER_KEYCHAIN_SERVICE: keychainService } } })
    ui.services.clipboard.attach(port)
    await ui.services.vault.add({ host: 'github-enterprise', label: 'Work GHE', url: server.url, username: 'dev', email: 'dana@work.example', secret: SECRET })
  }, 60_000)
  afterAll(async () => {
    for (const t of (await ui?.services.vault.list()) ?? []) await ui.services.vault.remove(t.id)
    await ui?.close()
    await server?.close()
  })

  it('previews, applies, tests, copies, fixes the commit email and undoes exactly', async () => {
    const { page } = ui
    // As the helper's `erase` would after a server refused the token.
    const saved = await ui.services.vault.find('Work GHE')
    recordRejection(ui.deps.dataDir, { tokenId: saved.id, at: new Date().toISOString(), url: `${server.url}/team/app.git` })
    await page.getByText('Work GHE').first().click()
    const panel = page.locator('[data-panel="git"]')
    await visible(panel.getByRole('heading', { name: 'Use with git' }))
    await visible(panel.getByText(/the server refused this token when git used it for/))

    // Preview shows the exact commands and writes nothing.
    await panel.getByLabel('Only repositories under this path (optional)').fill('team')
    await panel.getByRole('button', { name: 'Preview change' }).click()
    const commands = panel.locator('.git-commands')
    await visible(commands)
    expect(await commands.textContent()).toContain(`git config --global --add credential.${server.url}/team.helper ''`)
    expect(await commands.textContent()).toContain(`credential.${server.url}/team.useHttpPath true`)
    expect(readFileSync(world.globalConfig, 'utf8')).toBe(GLOBAL)
    await panel.scrollIntoViewIfNeeded()
    await ui.screenshot('git-panel-preview')

    await panel.getByRole('button', { name: 'Apply' }).click()
    await visible(panel.getByText('git now asks PAT Keeper for this token.'))
    expect(readFileSync(world.globalConfig, 'utf8')).toContain(`[credential "${server.url}/team"]`)

    // Test runs git ls-remote through the helper just configured.
    await panel.getByLabel('Repository URL', { exact: true }).fill(`${server.url}/team/app.git`)
    await panel.getByRole('button', { name: 'Test', exact: true }).click()
    await visible(panel.getByText('It works.'))
    await visible(panel.getByText(/listed 1 branch/))
    await panel.getByLabel('Repository URL', { exact: true }).fill(`${server.url}/elsewhere/app.git`)
    await panel.getByRole('button', { name: 'Test', exact: true }).click()
    await visible(panel.getByText('git failed.'))

    // Copy token: written concealed by main, countdown in the UI; the secret never crosses IPC.
    await panel.getByRole('button', { name: 'Copy token' }).click()
    await visible(panel.getByText(/The clipboard clears in (30|29) s\./))
    expect(clip).toEqual({ text: SECRET, concealed: true })
    await panel.getByLabel('Repository URL for a ready git clone command').fill(`${server.url}/team/app.git`)
    await panel.getByRole('button', { name: 'Copy git clone command' }).click()
    await visible(panel.getByText(`git clone ${server.url}/team/app.git`))
    expect(clip).toEqual({ text: `git clone ${server.url}/team/app.git`, concealed: false })
    expect(JSON.stringify(ui.traffic)).not.toContain(SECRET)

    // Commit identity: no user.email yet; one click sets the account's email.
    await visible(panel.getByText(/git has no user.email/))
    await panel.getByRole('button', { name: 'Use dana@work.example for commits' }).click()
    await visible(panel.getByText('Commits use dana@work.example, which belongs to this account.'))
    await visible(panel.getByText('user.email set in your global git config.'))
    const repo = world.path('side project')
    await world.git(['init', repo])
    await world.git(['config', 'user.email', 'old@elsewhere.example'], { cwd: repo })
    await panel.getByLabel('Check a repository too (its own user.email wins there)').fill(repo)
    await panel.getByRole('button', { name: 'Check identity' }).click()
    await visible(panel.getByText('Commits in this repository use old@elsewhere.example, which this account does not list', { exact: false }))
    await visible(panel.getByText('sets git config --local user.email'))
    expect(await panel.getByText('user.email set in your global git config.').count()).toBe(0)
    await ui.screenshot('git-panel-applied')
    await page.emulateMedia({ colorScheme: 'dark' })
    await panel.getByRole('button', { name: 'Preview change' }).click()
    await visible(panel.getByText(/git is already set up for/))
    await panel.getByRole('heading', { name: 'Use with git' }).scrollIntoViewIfNeeded()
    await ui.screenshot('git-panel-dark')
    await panel.getByRole('button', { name: 'Cancel' }).click()
    await page.emulateMedia({ colorScheme: 'light' })
    expect((await world.git(['config', '--global', 'user.email'])).stdout.trim()).toBe('dana@work.example')
    await world.git(['config', '--global', '--unset', 'user.email'])
    await world.git(['config', '--global', '--remove-section', 'user'])

    await panel.getByRole('button', { name: 'Undo git setup' }).click()
    await visible(panel.getByText('git config restored exactly as it was before.'))
    expect(readFileSync(world.globalConfig, 'utf8')).toBe(GLOBAL)

    // The token never reached a log, the data folder, git config or the IPC traffic.
    expect(ui.deps.logLines.join('\n')).not.toContain(SECRET)
    for (const file of readdirSync(ui.deps.dataDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()))
      expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toContain(SECRET)
    expect(JSON.stringify(ui.traffic)).not.toContain(SECRET)
  })
})

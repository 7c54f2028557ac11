import { spawnSync } from 'node:child_process'
import { mkdirSync, readlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { windowsCliToolMessage } from '../../../shared/cli/get-patkeeper'
import { tempDir } from '../../helpers/test-deps'
import { visible } from '../../helpers/ui'
import { startUi, type UiRig } from '../../rigs/ui/ui-rig'

// Settings > "Command-line tool" in Chromium with the real handlers: the link lands in the user's
// ~/.local/bin, points at the installed executable (dist-bin's, as npm test builds it), and runs.
describe('Settings: Install command-line tool', () => {
  let ui: UiRig | undefined
  afterEach(async () => {
    await ui?.close()
    ui = undefined
  })
  const open = async (home: string, path: string, platform?: NodeJS.Platform) => {
    ui = await startUi({ deps: { env: { HOME: home, PATH: path }, platform } })
    await ui.page.getByRole('button', { name: 'Settings' }).first().click()
    await visible(ui.page.getByRole('heading', { name: 'Command-line tool' }))
    return ui
  }

  it('links patkeeper into ~/.local/bin and says how to put that folder on PATH', async () => {
    const home = tempDir('patkeeper-ui-home-')
    const { page, deps } = await open(home, '/usr/bin:/bin')
    await visible(page.getByText('"patkeeper" is not on your PATH yet.', { exact: false }))
    await page.getByRole('button', { name: 'Install command-line tool' }).click()
    const link = join(home, '.local', 'bin', 'patkeeper')
    await visible(page.getByText(`Linked ${link}, but ${join(home, '.local', 'bin')} is not on your PATH: add the line export PATH="$HOME/.local/bin:$PATH" to ~/.profile`, { exact: false }))
    expect(readlinkSync(link)).toBe(join(deps.dataDir, 'bin', 'patkeeper'))
    expect(spawnSync(link, ['--help'], { encoding: 'utf8' }).stdout).toContain('Usage: patkeeper <command>')
  })

  it('shows it on PATH with no button once installed, and refuses to replace a file it did not make', async () => {
    const home = tempDir('patkeeper-ui-home-')
    const bin = join(home, '.local', 'bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(join(bin, 'patkeeper'), '#!/bin/sh\necho someone else\n', { mode: 0o755 })
    let rig = await open(home, `${bin}:/usr/bin:/bin`)
    await rig.page.getByRole('button', { name: 'Install command-line tool' }).click()
    await visible(rig.page.getByRole('alert').filter({ hasText: `${join(bin, 'patkeeper')} already exists and is not PAT Keeper's link; nothing was changed.` }))
    await rig.close()
    ui = undefined
    const fresh = tempDir('patkeeper-ui-home-')
    rig = await open(fresh, `${join(fresh, '.local', 'bin')}:/usr/bin:/bin`)
    await rig.page.getByRole('button', { name: 'Install command-line tool' }).click()
    await visible(rig.page.getByText(`"patkeeper" runs ${join(fresh, '.local', 'bin', 'patkeeper')} in a terminal.`))
    expect(await rig.page.getByRole('button', { name: 'Install command-line tool' }).count()).toBe(0)
  })

  // Windows: the installer put resources\bin on the user PATH (build/windows/cli-path.nsh); Settings offers no
  // button and says so, naming the folder a terminal finds it in, or the one to add when it is missing. (The
  // handlers run on Linux here with the platform set to win32, so PATH is split the Linux way.)
  it('on Windows says the installer put patkeeper on PATH, and what to do when a terminal lacks it', async () => {
    const installed = join(tempDir('patkeeper-ui-win-'), 'resources', 'bin')
    mkdirSync(installed, { recursive: true })
    writeFileSync(join(installed, 'patkeeper.exe'), 'stand-in for the shipped executable')
    let rig = await open(tempDir('patkeeper-ui-home-'), `${installed}:/usr/bin:/bin`, 'win32')
    await visible(rig.page.getByRole('status').filter({ hasText: windowsCliToolMessage(installed) }))
    expect(await rig.page.getByText('new terminal; if it is still missing, run the PAT Keeper installer again, or add').count()).toBe(1)
    expect(await rig.page.getByRole('button', { name: 'Install command-line tool' }).count()).toBe(0)
    await rig.close()
    ui = undefined
    rig = await open(tempDir('patkeeper-ui-home-'), '/usr/bin:/bin', 'win32')
    await visible(rig.page.getByRole('status').filter({ hasText: 'The PAT Keeper installer put "patkeeper" on your PATH' }))
    expect(await rig.page.getByRole('button', { name: 'Install command-line tool' }).count()).toBe(0)
  })
})

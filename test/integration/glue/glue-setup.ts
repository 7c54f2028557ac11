import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { createServices } from '../../../electron/app/services'
import { createTestDeps, tempDir } from '../../helpers/test-deps'
import { loadWithFakeElectron, type FakeElectron, type FakeKnobs } from '../../rigs/electron/load-with-fake'

const ROOT = join(import.meta.dirname, '../../..')

/** Waits until `what` holds (glue work is asynchronous); fails after `ms`. */
export const until = async (what: () => boolean, ms = 10_000) => {
  const started = Date.now()
  while (!what()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Call names the fake recorded. */
export const callNames = (electron: FakeElectron): string[] => electron.calls.map((c: { name: string }) => c.name)

/** A trusted IPC event from the app window. */
export const fromWindow = (electron: FakeElectron) => {
  const contents = electron.BrowserWindow.getAllWindows()[0].webContents
  return { sender: contents, senderFrame: contents.mainFrame }
}

/**
 * Loads the built main process with the fake Electron for one platform, over a temp data folder and keychain
 * service holding one token that expires in two days (so the watch notifies at start). Call `cleanup` after.
 */
export const startGlue = async (options: { platform?: NodeJS.Platform; knobs?: FakeKnobs; argv?: string[]; packaged?: boolean; waitForReady?: boolean } = {}) => {
  const dataDir = tempDir('patkeeper-glue-')
  const service = `PAT Keeper Glue ${randomBytes(4).toString('hex')}`
  process.env.PATKEEPER_HOME = dataDir
  process.env.PATKEEPER_KEYCHAIN_SERVICE = service
  const seed = createServices(createTestDeps({ dataDir, keychainService: service }))
  const token = await seed.vault.add({ host: 'gitlab', label: 'ci', secret: 'glpat-GlueTest0000000000', expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString() })
  const electron = loadWithFakeElectron(join(ROOT, 'dist-electron/main.cjs'), options)
  electron.app.fireReady()
  if (options.waitForReady !== false) await until(() => Object.keys(electron.ipcMain.handlers).length > 0 && electron.Tray.last !== undefined)
  return {
    electron,
    dataDir,
    service,
    tokenId: token.id,
    /** Reads the app's metadata as the app wrote it. */
    services: seed,
    cleanup: async () => {
      for (const id of await seed.secrets.ids()) await seed.secrets.delete(id)
    },
  }
}

// `npm run dev`: Vite's dev server for the renderer (hot reload) + Electron on the bundled main process.
// Dev runs use their own keychain service ("PAT Keeper Dev") and data folder so they never touch the
// secrets of an installed PAT Keeper.
import { spawn } from 'node:child_process'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'vite'

const server = await createServer({ configFile: 'vite.config.ts' })
await server.listen()
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'
await new Promise((resolve, reject) => {
  const build = spawn(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' })
  build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build-node exited with ${code}`))))
})
const electron = spawn(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron', '.'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    VITE_DEV_SERVER_URL: url,
    PATKEEPER_KEYCHAIN_SERVICE: process.env.PATKEEPER_KEYCHAIN_SERVICE ?? 'PAT Keeper Dev',
    PATKEEPER_HOME: process.env.PATKEEPER_HOME ?? join(homedir(), '.config', 'PAT Keeper Dev'),
  },
})
electron.on('exit', async (code) => {
  await server.close()
  process.exit(code ?? 0)
})

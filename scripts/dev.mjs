// `npm run dev`: Vite's dev server for the renderer (hot reload) + Electron on the bundled main process.
// A run from a checkout uses the dev profile ("PAT Keeper Dev" keychain service and data folder; main.ts,
// electron/platform/paths.ts withDevProfile), so it never touches the secrets of an installed PAT Keeper.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'vite'

const require = createRequire(import.meta.url)
const server = await createServer({ configFile: 'vite.config.ts' })
await server.listen()
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'
await new Promise((resolve, reject) => {
  const build = spawn(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' })
  build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build-node exited with ${code}`))))
})
// Electron's own launcher script under this Node, not `npx.cmd`: since CVE-2024-27980 Node refuses to spawn
// .cmd/.bat files without a shell (spawn EINVAL on Windows), and a shell would re-parse the arguments.
const electron = spawn(process.execPath, [require.resolve('electron/cli.js'), '.'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_DEV_SERVER_URL: url },
})
electron.on('exit', async (code) => {
  await server.close()
  process.exit(code ?? 0)
})

// `patkeeper` entry: plain Node, no Electron. Builds the same services the app uses.
import { createNodeDeps } from '../app/node-deps'
import { createServices } from '../app/services'
import { processIo } from './io'
import { runCli } from './run-cli'

void (async () => {
  const services = createServices(createNodeDeps())
  const code = await runCli(process.argv.slice(2), { services, io: processIo() })
  process.exitCode = code
  // A keychain call that timed out (an unlock prompt nobody answers) can keep the event loop alive after the
  // command has answered. This unref'd timer fires only if something still holds the process open, and gives
  // pending stdout writes to a pipe time to flush first.
  setTimeout(() => process.exit(code), 2000).unref()
})()

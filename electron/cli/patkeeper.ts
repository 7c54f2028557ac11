// `patkeeper` entry: plain Node, no Electron. Builds the same services the app uses.
import { createNodeDeps } from '../app/node-deps'
import { createServices } from '../app/services'
import { processIo } from './io'
import { runCli } from './run-cli'

void (async () => {
  const services = createServices(createNodeDeps())
  process.exitCode = await runCli(process.argv.slice(2), { services, io: processIo() })
})()

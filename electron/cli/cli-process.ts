// The `patkeeper` CLI as a whole process: the same services the app uses, without Electron.
import { createNodeDeps } from '../app/node-deps'
import { createServices } from '../app/services'
import { processIo } from './io'
import { runCli } from './run-cli'

/** Runs one `patkeeper <command>` with the process's streams and sets the exit code. */
export const runCliProcess = async (argv: string[]): Promise<void> => {
  const services = createServices(createNodeDeps())
  const code = await runCli(argv, { services, io: processIo() })
  process.exitCode = code
  // A keychain call that timed out (an unlock prompt nobody answers) can keep the event loop alive after the
  // command has answered. This unref'd timer fires only if something still holds the process open, and gives
  // pending stdout writes to a pipe time to flush first.
  setTimeout(() => process.exit(code), 2000).unref()
}

// `patkeeper` entry, for both the compiled standalone executable (scripts/build-bin.mjs) and the Node bundle
// (dist-cli/patkeeper.cjs). `patkeeper credential get|store|erase` is git's credential helper; anything else
// is the CLI. Each side is imported only when chosen, so a git request never loads the CLI's services graph
// (zod, host SDKs): both bundlers keep a dynamic import's module unevaluated until it is called.
import { HELPER_SUBCOMMAND } from '../git/helper-command'

const [first, ...rest] = process.argv.slice(2)
if (first === HELPER_SUBCOMMAND) void import('./credential-process').then((m) => m.runCredentialProcess(rest[0]))
else void import('./cli-process').then((m) => m.runCliProcess(process.argv.slice(2)))

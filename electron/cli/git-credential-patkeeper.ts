// `git-credential-patkeeper get|store|erase`: the Node bundle of git's credential helper, for contributors
// (`node bin/git-credential-patkeeper.cjs`, `npm link`). The shipped executable answers as `patkeeper credential`.
import { runCredentialProcess } from './credential-process'

runCredentialProcess(process.argv[2])

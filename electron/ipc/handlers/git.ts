import type { gitChannels } from '../../../shared/ipc/channels/git'
import type { Services } from '../../app/services'
import { shellQuote } from '../../git/helper-command'
import { checkRepoUrl } from '../../git/remote-test'
import type { HandlersFor } from '../dispatch'

/** `git clone <url>`, quoted only when the URL needs it. */
const cloneCommand = (url: string) => `git clone ${/^[\w.:/@%+=~-]+$/.test(url) ? url : shellQuote(url)}`

/** Handlers for "Use with git", Test, commit identity and copying. */
export const gitHandlers = (services: Services): HandlersFor<typeof gitChannels> => {
  const setup = (r: { tokenId: string; scope: 'global' | 'repo'; repoPath?: string | undefined; pathPrefix?: string | undefined }) => ({
    token: r.tokenId,
    scope: r.scope,
    ...(r.repoPath ? { repoPath: r.repoPath } : {}),
    ...(r.pathPrefix ? { pathPrefix: r.pathPrefix } : {}),
  })
  return {
    'git:preview': (req) => services.git.preview(setup(req)),
    'git:apply': (req) => services.git.apply(setup(req)),
    'git:undo': (id) => services.git.undo(id),
    'git:changes': (id) => services.git.changes(id),
    'git:rejections': async (id) => services.git.rejections(services.deps.dataDir, id),
    'git:test': (url, repoPath) => services.git.test(url, repoPath),
    'git:identity': (id, repoPath) => services.git.identity(id, repoPath),
    'git:fix-identity': (id, email, repoPath) => services.git.fixIdentity(id, email, repoPath),
    'git:copy-token': async (id) => services.clipboard.copySecret(await services.vault.readSecret(id)),
    'git:copy-clone-command': async (url) => {
      const command = cloneCommand(checkRepoUrl(url))
      await services.clipboard.copyText(command)
      return { command }
    },
  }
}

import type { TokenRecord } from '../../shared/domain/token'
import type { CredentialRequest } from './protocol'

/** Token type the checker stores for Bitbucket Data Center project and repository HTTP access tokens. */
export const BEARER_ONLY_TOKEN_TYPE = 'project-repo-token'

/**
 * True for tokens the host accepts only as `Authorization: Bearer`: Bitbucket Data Center project and
 * repository HTTP access tokens ("In Git and API calls, you can use the project and repository level token
 * only with Bearer authentication. Don't use this token with a username in Basic authentication",
 * confluence.atlassian.com, HTTP access tokens).
 */
export const isBearerOnly = (token: Pick<TokenRecord, 'host' | 'tokenType'>): boolean =>
  token.host === 'bitbucket-data-center' && token.tokenType === BEARER_ONLY_TOKEN_TYPE

/**
 * The helper's answer for a Bearer-only token. git 2.46+ announces `capability[]=authtype`; a helper that
 * answers with `authtype` and `credential` (and echoes the capability first) makes git send
 * `Authorization: <authtype> <credential>` as is (git Documentation/git-credential.adoc, "authtype",
 * "credential", "capability[]"). Older git knows only username/password, which becomes Basic auth that
 * Bitbucket refuses for these tokens, so nothing is answered and the reason goes to stderr.
 */
export const bearerAnswer = (token: Pick<TokenRecord, 'label'>, secret: string, request: Pick<CredentialRequest, 'capability'>): { stdout: string } | { stderr: string } => {
  if (!request.capability.includes('authtype')) {
    return {
      stderr:
        `patkeeper: "${token.label}" is a Bitbucket project or repository access token, which works only as a Bearer token; ` +
        'this git cannot take one from a credential helper (git 2.46 or later can). Update git, or use a personal HTTP access token for git.\n',
    }
  }
  if (/[\n\0]/.test(secret)) return { stderr: `patkeeper: the stored secret of "${token.label}" contains a line break; paste it again.\n` }
  return { stdout: `capability[]=authtype\nauthtype=Bearer\ncredential=${secret}\n` }
}

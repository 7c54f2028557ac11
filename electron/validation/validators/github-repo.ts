import type { HostAnswer, ValidatorContext } from '../types'
import { hostText } from '../messages'
import { field } from './http-json'

/** One answer of GitHub to `GET /repos/{owner}/{repo}`, as Octokit hands it over. */
export interface RepoReply {
  status: number
  headers: Record<string, string | undefined>
  data: unknown
}

/**
 * What GitHub says about the token on a repository the user named. `GET /user` cannot see refusals that
 * only org resources show, so they are read here:
 * - SAML SSO not authorized: 403 + `X-GitHub-SSO: required; url=...` (github/docs
 *   content/rest/overview/other-authentication-methods.md, "Authenticating for SAML SSO", on `/repos/...`).
 * - Organization lifetime policy: 403 "The '<org>' organization forbids access via a fine-grained personal
 *   access tokens if the token's lifetime is greater than N days" (github.blog changelog 2024-10-18;
 *   message as reported in NixOS/org#247).
 * - Missing permission: 403 "Resource not accessible by personal access token" with
 *   `X-Accepted-GitHub-Permissions` (github/docs troubleshooting-the-rest-api.md).
 * - Not selected, pending owner approval (such tokens "can only read public resources"), or a wrong name:
 *   404 (github/docs managing-your-personal-access-tokens.md).
 * Returns undefined when the repository answered 200 (nothing to add).
 */
export const repoVerdict = (ctx: ValidatorContext, repo: string, reply: RepoReply): HostAnswer | undefined => {
  if (reply.status === 200) return undefined
  const host = ctx.hostName
  const sso = reply.headers['x-github-sso']
  if (sso?.startsWith('required')) {
    const url = sso.match(/url=(https:\/\/[^;\s]+)/)?.[1]
    return { status: 'pending-approval', message: `${host} accepts this token, but ${repo}'s organization requires SAML single sign-on: ${url ? `open ${url}` : 'on the token page choose "Configure SSO" and authorize it'}, then check again.` }
  }
  const said = hostText(field(reply.data, 'message')) ?? ''
  const lifetime = said.match(/forbids access via a fine-grained personal access tokens? if the token's lifetime is greater than (\d+) days/i)
  if (reply.status === 403 && lifetime) {
    return { status: 'invalid', message: `${host} accepts this token, but ${repo}'s organization refuses fine-grained tokens that live longer than ${lifetime[1]} days; regenerate the token with an expiry within ${lifetime[1]} days (token page, "Regenerate token"), then check again.` }
  }
  if (reply.status === 403) {
    const wanted = (reply.headers['x-accepted-github-permissions'] ?? '').split(/[;,]/).map((p) => p.trim().replace('=', ':')).filter(Boolean)
    return {
      status: 'missing-scopes',
      missingScopes: wanted.length ? wanted : undefined,
      message: `${host} accepts this token but refuses it on ${repo}${said ? ` ("${said}")` : ''}; ${wanted.length ? `it needs ${wanted.map((w) => `\`${w}\``).join(' or ')}: ` : ''}edit the token's permissions on ${host} (fine-grained tokens can be edited) or create a new one with the guide.`,
    }
  }
  if (reply.status === 404) {
    return {
      status: 'missing-scopes',
      message: `${host} accepts this token but does not show it ${repo}: the repository is not among the token's repositories, an organization owner has not approved the token yet, or the name is wrong. Check the token's repository access on ${host} and the organization's pending requests.`,
    }
  }
  return undefined
}

import { hostSpec } from '../../../shared/hosts/registry'
import type { HostAnswer, ValidatorContext } from '../types'
import { readLsRemote } from '../git-probe'

/** True for a GitLab deploy token, by the catalog's `deploy` format (`gldt-`). */
export const isDeployToken = (secret: string): boolean =>
  hostSpec('gitlab').formats.some((f) => f.type === 'deploy' && f.pattern.test(secret))

/**
 * GitLab deploy tokens authenticate only on routes that allow them (git over HTTPS, registries), never on
 * `/personal_access_tokens/self`, which finds personal, project and group tokens only (gitlabhq
 * lib/gitlab/auth/auth_finders.rb, `deploy_token_from_request` / `find_personal_access_token`). So they
 * are checked the way they work: `git ls-remote` of the project with the deploy token's own username
 * (`gitlab+deploy-token-N`, docs.gitlab.com user/project/deploy_tokens "Git clone a repository").
 */
export const checkDeployToken = async (ctx: ValidatorContext): Promise<HostAnswer> => {
  const tokenType = 'deploy'
  const project = ctx.target.repository?.trim().replace(/^\/+|\/+$/g, '').replace(/\.git$/, '')
  const username = ctx.target.username?.trim()
  if (!project || !username) {
    return {
      status: 'host-error',
      tokenType,
      message: `This is a ${ctx.hostName} deploy token: GitLab's token API does not accept deploy tokens, so PAT Keeper checks them with git. Enter the deploy token's username (like \`gitlab+deploy-token-1\`) and the project path (like \`group/project\`), then check again.`,
    }
  }
  const url = `${ctx.apiBase.replace(/\/api\/v4$/, '')}/${project}.git`
  const result = await ctx.limit(new URL(url).origin, () => ctx.git.lsRemote(url, username, ctx.secret, ctx.timeoutMs))
  const note = `${ctx.hostName} tells a deploy token neither its scopes nor its expiry; this check shows only that git can read ${project}.`
  switch (readLsRemote(result, url, ctx.timeoutMs)) {
    case 'ok':
      return { status: 'valid', identity: { login: username }, tokenType, note }
    case 'refused':
      return { status: 'invalid', tokenType, message: `${ctx.hostName} did not let this deploy token read ${project}: check the username, or the token was revoked, expired or lacks \`read_repository\`. Create a new deploy token in the project's Settings > Repository > Deploy tokens.` }
    case 'not-found':
      return { status: 'host-error', tokenType, message: `${ctx.hostName} has no project ${project} visible to this deploy token; check the project path.` }
    case 'rate-limited':
      return { status: 'rate-limited', tokenType, message: `${ctx.hostName} is limiting git requests; try the check again in a few minutes.` }
    case 'other':
      return { status: 'host-error', tokenType, message: `git could not check this deploy token against ${ctx.hostName}; try again later.` }
  }
}

import { gitlabPlay, type GitlabToken, type HostPlay } from '../../rigs/hosts'

/**
 * GitLab plus `POST /personal_access_tokens/self/rotate` as documented (gitlabhq doc/api/personal_access_tokens.md
 * "Rotate a personal access token"): needs api or self_rotate, revokes the old token. Presenting a revoked token
 * to `/rotate` revokes its whole family ("Automatic reuse detection"; auth_finders.rb `revoke_token_family`).
 * `options.loseAnswer`: rotate, then never answer (a timeout after GitLab did the work).
 */
export const gitlabWithRotate = (tokens: Record<string, GitlabToken>, options: { loseAnswer?: boolean } = {}): HostPlay => {
  const base = gitlabPlay(tokens)
  const family = new Map<string, string[]>()
  let n = 0
  return (req) => {
    if (req.method === 'POST' && req.path === '/api/v4/personal_access_tokens/self/rotate') {
      const presented = String(req.headers['private-token'])
      const old = tokens[presented]
      if (old?.revoked) for (const member of family.get(presented) ?? []) tokens[member]!.revoked = true
      if (!old || old.revoked) return { status: 401, body: { message: '401 Unauthorized' } }
      if (!old.scopes.some((s) => s === 'api' || s === 'self_rotate')) return { status: 403, body: { error: 'insufficient_scope' } }
      const { expires_at } = JSON.parse(req.body) as { expires_at: string }
      old.revoked = true
      const token = `glpat-${'R'.repeat(19)}${++n}`
      tokens[token] = { ...old, revoked: false, expires_at }
      const members = [...(family.get(presented) ?? []), token]
      for (const member of [presented, ...members]) family.set(member, members)
      if (options.loseAnswer) return new Promise<never>(() => undefined)
      return { status: 200, body: { id: 43, name: 'laptop', revoked: false, scopes: old.scopes, active: true, expires_at, token } }
    }
    return base(req)
  }
}

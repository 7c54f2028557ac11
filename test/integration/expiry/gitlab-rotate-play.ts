import { gitlabPlay, type GitlabToken, type HostPlay } from '../../rigs/hosts'

/** GitLab plus `POST /personal_access_tokens/self/rotate` as documented: needs api or self_rotate, revokes the old token. */
export const gitlabWithRotate = (tokens: Record<string, GitlabToken>): HostPlay => {
  const base = gitlabPlay(tokens)
  let n = 0
  return (req) => {
    if (req.method === 'POST' && req.path === '/api/v4/personal_access_tokens/self/rotate') {
      const old = tokens[String(req.headers['private-token'])]
      if (!old || old.revoked) return { status: 401, body: { message: '401 Unauthorized' } }
      if (!old.scopes.some((s) => s === 'api' || s === 'self_rotate')) return { status: 403, body: { error: 'insufficient_scope' } }
      const { expires_at } = JSON.parse(req.body) as { expires_at: string }
      old.revoked = true
      const token = `glpat-${'R'.repeat(19)}${++n}`
      tokens[token] = { ...old, revoked: false, expires_at }
      return { status: 200, body: { id: 43, name: 'laptop', revoked: false, scopes: old.scopes, active: true, expires_at, token } }
    }
    return base(req)
  }
}

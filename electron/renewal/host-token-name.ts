import type { HostTokenName } from '../../shared/domain/renewal'
import type { TokenRecord } from '../../shared/domain/token'
import { hostSpec } from '../../shared/hosts/catalog'
import { apiBaseFor, type ApiOverrides } from '../validation/api-base'
import { isGitlab } from './gitlab-rotate'

/**
 * The token's name as its host shows it, for "give it the same name". Only GitLab reports it to the token
 * itself: `GET /personal_access_tokens/self` answers `name` (docs.gitlab.com/api/personal_access_tokens/
 * "Get details on a personal access token"; lib/api/entities/personal_access_token.rb). GitHub's REST API
 * gives a PAT no way to read its own note or name; Bitbucket, Azure DevOps and IAM keys neither, so there
 * PAT Keeper says so and suggests its own label.
 */
export const hostTokenName = async (record: TokenRecord, readSecret: () => Promise<string>, io: { fetch: typeof fetch; overrides?: ApiOverrides; timeoutMs?: number }): Promise<HostTokenName> => {
  const host = hostSpec(record.host).displayName
  if (!isGitlab(record) || record.tokenType === 'deploy') return { reported: false, message: `${host} does not report a token's name to PAT Keeper, so this is PAT Keeper's label for it: use the name the old token has on ${host} if it differs.` }
  try {
    const response = await io.fetch(`${apiBaseFor(record, 'GitLab', io.overrides)}/personal_access_tokens/self`, { headers: { 'PRIVATE-TOKEN': await readSecret(), Accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(io.timeoutMs ?? 10_000) })
    const body = (await response.json().catch(() => ({}))) as { name?: unknown }
    if (response.ok && typeof body.name === 'string' && body.name.trim()) return { reported: true, name: body.name.trim().slice(0, 255), message: `The old token's name on ${host}.` }
    return { reported: false, message: `${host} did not tell PAT Keeper the old token's name (it answered ${response.status}), so this is PAT Keeper's label for it.` }
  } catch {
    return { reported: false, message: `PAT Keeper could not ask ${host} for the old token's name (no answer, or the keychain refused), so this is PAT Keeper's label for it.` }
  }
}

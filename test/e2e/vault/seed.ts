import { randomBytes } from 'node:crypto'
import type { Services } from '../../../electron/app/services'
import type { AddTokenRequest } from '../../../shared/ipc/channels/tokens'
import type { ValidationStatus } from '../../../shared/domain/token'

const day = 86_400_000
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString().slice(0, 10)

/** A dozen realistic tokens: request (sent through the page's window.api) plus what a check would have found. */
export const DOZEN: { req: Omit<AddTokenRequest, 'secret'>; status?: ValidationStatus; scopes?: string[]; expiresInDays?: number; source?: 'host' | 'user' }[] = [
  { req: { host: 'github', label: 'Laptop push', username: 'mara-dev', purpose: 'write', usedIn: ['GitHub Actions in acme/api'] }, status: 'valid', scopes: ['repo', 'workflow'], expiresInDays: 5, source: 'host' },
  { req: { host: 'github', label: 'Release bot', username: 'acme-release', purpose: 'integration' }, status: 'valid', scopes: ['Contents: write', 'Pull requests: write'], expiresInDays: 82, source: 'host' },
  { req: { host: 'github-enterprise', label: 'Corp GHES', url: 'https://github.acme-corp.com', username: 'mkowalski', purpose: 'write' }, status: 'missing-scopes', scopes: ['repo'], expiresInDays: 27, source: 'host' },
  { req: { host: 'gitlab', label: 'Data science group', username: 'mara', purpose: 'read', usedIn: ['JupyterHub', 'Airflow connection'] }, status: 'valid', scopes: ['read_repository'], expiresInDays: 140, source: 'host' },
  { req: { host: 'gitlab-self-managed', label: 'Infra GitLab', url: 'https://gitlab.internal.acme.io', username: 'mara', purpose: 'write' }, status: 'unreachable', expiresInDays: 12, source: 'user' },
  { req: { host: 'bitbucket-cloud', label: 'Agency client repos', username: 'mara-k', email: 'mara@acme.io', purpose: 'write' }, status: 'valid', scopes: ['read:repository:bitbucket', 'write:repository:bitbucket'], expiresInDays: 300, source: 'user' },
  { req: { host: 'bitbucket-data-center', label: 'Legacy Stash', url: 'https://stash.acme-corp.com', username: 'mkowalski', purpose: 'read' }, status: 'expired', expiresInDays: -3, source: 'host' },
  { req: { host: 'azure-devops', label: 'Fabrikam boards', org: 'fabrikam', username: 'mara@fabrikam.com', purpose: 'write', usedIn: ['Jira automation'] }, status: 'valid', scopes: ['vso.code_write'], expiresInDays: 45, source: 'host' },
  { req: { host: 'azure-devops-server', label: 'On-prem TFS', url: 'https://tfs.acme-corp.com/tfs', collection: 'DefaultCollection', username: 'ACME\\mkowalski', purpose: 'read' }, expiresInDays: 200, source: 'user' },
  { req: { host: 'codecommit', label: 'AWS prod mirror', region: 'eu-west-1', username: 'AKIAIOSFODNN7EXAMPLE', purpose: 'write' }, status: 'valid' },
  { req: { host: 'github', label: 'Homebrew tap', username: 'mara-dev', purpose: 'write-workflows' }, status: 'revoked', scopes: ['repo', 'workflow'] },
  { req: { host: 'gitlab', label: 'CI registry pull', username: 'mara', purpose: 'read', usedIn: ['Kubernetes image pull secret'] }, expiresInDays: 2, source: 'user' },
]

/** Fresh random secrets, one per seeded token, shaped like real ones. */
export const makeSecrets = (): string[] =>
  DOZEN.map((_, i) => (i % 3 === 0 ? `ghp_${randomBytes(18).toString('hex').slice(0, 36)}` : i % 3 === 1 ? `glpat-${randomBytes(10).toString('hex')}` : `ATATT3x${randomBytes(20).toString('hex')}`))

/** Sets what a check would have stored (status, scopes, host expiry) directly through the vault service. */
export const applyCheckFacts = async (services: Services, id: string, i: number): Promise<void> => {
  const seed = DOZEN[i]!
  const checkedAt = new Date(Date.now() - (i + 1) * 3_600_000).toISOString()
  await services.vault.update(id, {
    ...(seed.expiresInDays !== undefined ? { expiresAt: inDays(seed.expiresInDays), expirySource: seed.source ?? 'user' } : {}),
    ...(seed.scopes ? { scopes: seed.scopes } : {}),
    ...(seed.status ? { lastCheck: { status: seed.status, checkedAt, message: seed.status === 'valid' ? 'The host accepted this token.' : `The host said: ${seed.status}.` } } : {}),
  })
}

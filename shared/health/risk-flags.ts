import type { HealthReport, RiskFlag, ScanFinding } from '../domain/health'
import type { TokenRecord } from '../domain/token'
import { hostSpec, requiredScopes } from '../hosts/catalog'

/** Everything the risk rules look at; secrets are not among them (duplicates are found in main by hash). */
export interface RiskInput {
  records: readonly TokenRecord[]
  /** Findings of the last plaintext scan (their `keptAs` links them to records). */
  findings: readonly ScanFinding[]
  /** For each token id, the labels of other tokens holding the same secret. */
  duplicates: Readonly<Record<string, string[]>>
  now: Date
  rotationAdviceDays: number
}

const DAY = 86_400_000
/** Days without use after which a token is flagged as unused. */
export const UNUSED_DAYS = 90
/** Longest lifetime PAT Keeper calls reasonable where the host sets none: GitHub's organization cap for fine-grained PATs. */
export const LIFETIME_CAP_DAYS = 366

/** Scopes that grant nothing a purpose needs and little harm (profile reads): not counted as "beyond purpose". */
const HARMLESS = new Set(['read:user', 'user:email', 'read_user', 'openid', 'profile', 'email'])

const secretStart = (r: TokenRecord): number => Date.parse(r.rotatedAt ?? r.createdAt)


/** The flags of one token. */
export const riskFlagsFor = (r: TokenRecord, input: RiskInput): RiskFlag[] => {
  const flags: RiskFlag[] = []
  const now = input.now.getTime()
  const start = secretStart(r)
  const spec = hostSpec(r.host)
  // A revoked token's other risks are moot: it no longer works anywhere, so it is the only flag.
  if (r.revokedAt || r.lastCheck?.status === 'revoked')
    return [{ code: 'revoked', severity: 'low', title: 'Revoked', why: r.revokedAt ? `Revoked on ${r.revokedAt.slice(0, 10)} by PAT Keeper; the host refuses it now.` : 'The host says this token was revoked.', action: 'Remove it from PAT Keeper, or renew it if you still need access.', guideStep: 'Token detail → Remove (or Renew)' }]
  if (r.expiresAt === null)
    flags.push(({ code: 'no-expiry', severity: 'high', title: 'Never expires', why: 'A token without an end date keeps working for whoever finds a copy, for ever.', action: 'Renew it with an expiry date and revoke this one.', guideStep: 'Renew → step "Set an expiration" on the host\'s token page' }))
  else {
    const lifetime = Math.round((Date.parse(r.expiresAt) - start) / DAY)
    const cap = Math.min(spec.lifetime.maxDays ?? LIFETIME_CAP_DAYS, LIFETIME_CAP_DAYS)
    if (Number.isFinite(lifetime) && lifetime > cap)
      flags.push(({ code: 'lifetime-too-long', severity: 'medium', title: `Lives ${lifetime} days`, why: `${spec.displayName} tokens should live at most ${cap} days; a long life widens the window for a leaked copy.`, action: `Renew it with an expiry within ${cap} days.`, guideStep: 'Renew → step "Set an expiration"' }))
  }
  if (r.purpose && r.scopes.length) {
    const needed = requiredScopes(r.host, r.purpose, r.tokenType)
    const extra = r.scopes.filter((s) => !needed.includes(s) && !HARMLESS.has(s))
    if (extra.length)
      flags.push(({ code: 'scopes-beyond-purpose', severity: extra.some((s) => /admin|delete|^api$|full|sudo/.test(s)) ? 'high' : 'medium', title: 'More access than needed', why: `For "${r.purpose}" it needs ${needed.join(', ') || 'no scopes'}, but it also has ${extra.join(', ')}; a leak would give all of that away.`, action: `Renew it with only ${needed.join(', ')}.`, guideStep: 'Renew → step "Select scopes" (the guide ticks only what the purpose needs)' }))
  }
  if (r.host === 'azure-devops') {
    const end = spec.deprecations.find((d) => /global/i.test(d.text) && /stop/i.test(d.text))?.date
    if (r.tokenType === 'global' || (end && !r.org))
      flags.push(({ code: 'azure-all-orgs', severity: 'high', title: 'All organisations', why: `Global ("All accessible organizations") PATs reach every organisation of the account${end ? ` and stop working on ${end}` : ''}.`, action: 'Create one organisation-scoped PAT per organisation and revoke this one.', guideStep: 'Renew → step "Organization: pick only one"' }))
  }
  const copies = input.findings.filter((f) => f.keptAs?.tokenId === r.id)
  if (copies.length)
    flags.push(({ code: 'plaintext-copies', severity: 'high', title: `${copies.length} plaintext ${copies.length === 1 ? 'copy' : 'copies'}`, why: `The secret is also written in ${[...new Set(copies.map((c) => c.file))].join(', ')}, readable by any program you run.`, action: 'Fix each copy on the Health screen (PAT Keeper keeps a backup), or renew the token.', guideStep: 'Health → Plaintext copies → Fix' }))
  const lastUsed = r.lastCheck?.lastUsedAt
  if (lastUsed !== undefined) {
    const since = lastUsed === null ? start : Date.parse(lastUsed)
    if (Number.isFinite(since) && now - since >= UNUSED_DAYS * DAY)
      flags.push(({ code: 'unused-90-days', severity: 'medium', title: lastUsed === null ? 'Never used' : `Unused for ${Math.floor((now - since) / DAY)} days`, why: 'A token nobody uses is only a risk: it can leak but does no work.', action: 'Revoke it on the host and remove it from PAT Keeper.', guideStep: 'Token detail → Revoke on host' }))
  }
  const twins = input.duplicates[r.id]
  if (twins?.length)
    flags.push(({ code: 'duplicate-secret', severity: 'medium', title: 'Stored twice', why: `The same secret is also kept as ${twins.map((l) => `"${l}"`).join(', ')}; renewing one leaves the other behind.`, action: 'Keep one record and remove the others.', guideStep: 'Token detail → Remove (on the duplicate)' }))
  const age = Math.floor((now - start) / DAY)
  if (Number.isFinite(age) && age >= input.rotationAdviceDays)
    flags.push(({ code: 'rotation-overdue', severity: 'low', title: `${age} days old`, why: `The secret is older than your rotation advice (${input.rotationAdviceDays} days); old secrets have had more chances to leak.`, action: 'Renew it now.', guideStep: 'Renew (the guide opens the host\'s token page pre-filled)' }))
  return flags
}

const WEIGHT = { high: 100, medium: 10, low: 1 } as const

/** Every token with its flags, the worst first (tokens without flags are listed last, with none). */
export const healthReport = (input: RiskInput): HealthReport => ({
  generatedAt: input.now.toISOString(),
  tokens: input.records
    .map((r) => ({ tokenId: r.id, label: r.label, host: r.host, flags: riskFlagsFor(r, input) }))
    .sort((a, b) => b.flags.reduce((n, f) => n + WEIGHT[f.severity], 0) - a.flags.reduce((n, f) => n + WEIGHT[f.severity], 0)),
})

/** The nine host kinds PAT Keeper knows; the CLI and the catalog use exactly these names. */
export const HOST_KINDS = [
  'github',
  'github-enterprise',
  'gitlab',
  'gitlab-self-managed',
  'bitbucket-cloud',
  'bitbucket-data-center',
  'azure-devops',
  'azure-devops-server',
  'codecommit',
] as const

/** One of the supported host kinds. */
export type HostKind = (typeof HOST_KINDS)[number]

/** What a token is for; each host maps a purpose to its least scopes. */
export const PURPOSES = ['read', 'write', 'write-workflows', 'integration'] as const

/** One of the supported purposes. */
export type Purpose = (typeof PURPOSES)[number]

/** True when `value` names a supported host kind. */
export const isHostKind = (value: unknown): value is HostKind =>
  typeof value === 'string' && (HOST_KINDS as readonly string[]).includes(value)

/** True when `value` names a supported purpose. */
export const isPurpose = (value: unknown): value is Purpose =>
  typeof value === 'string' && (PURPOSES as readonly string[]).includes(value)

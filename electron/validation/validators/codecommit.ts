import type { HostAnswer, HostValidator, ValidatorContext } from '../types'
import { codecommitGitUrl, type ApiOverrides } from '../api-base'
import { readLsRemote } from '../git-probe'
import { findUnreachable, HostUnreachable, unreachableKind } from '../network-errors'

/** IAM user HTTPS Git credentials look like `name-at-123456789012`; they only work for git, not the API. */
export const isGitCredentialUser = (username: string | undefined): boolean => /-at-\d{12}$/.test(username ?? '')

const KEY_NOTE = 'AWS does not say whether an access key expires or whether its policy allows `codecommit:GitPull`/`codecommit:GitPush`; PAT Keeper keeps your rotation date, and a test clone or push settles git access.'

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, trace: () => undefined }

/** Maps an AWS error (by its exception name) to a shared status. */
const fromAwsError = (ctx: ValidatorContext, error: unknown, action: string): HostAnswer => {
  const name = (error as { name?: string }).name ?? ''
  const text = String((error as { message?: unknown }).message ?? '')
  const host = ctx.hostName
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0
  if (name === 'UnrecognizedClientException' || name === 'InvalidClientTokenId') {
    return { status: 'invalid', message: `AWS does not know this access key id (it was deleted or mistyped); create a new access key with the guide.` }
  }
  if (name === 'RequestExpired' || /signature expired|too skewed|RequestTimeTooSkewed/i.test(`${name} ${text}`)) {
    return { status: 'host-error', message: `AWS rejected the request because this computer's clock is more than 15 minutes off; correct the system clock, then check again.` }
  }
  if (name === 'InvalidSignatureException' || name === 'SignatureDoesNotMatch') {
    return { status: 'invalid', message: `AWS says the secret access key does not match the access key id; paste the secret again or create a new key pair with the guide.` }
  }
  if (name === 'ExpiredTokenException' || name === 'ExpiredToken') {
    return { status: 'expired', message: `AWS says these temporary credentials have expired; get fresh ones and paste them here.` }
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    // AWS authenticated the key, then its policy denied the action. Git needs only GitPull/GitPush, which
    // no API call can test, so a git-only policy is fine unless the purpose is an API tool.
    if (ctx.target.purpose !== 'integration') {
      return { status: 'valid', message: `AWS accepts this key; its IAM policy does not allow \`${action}\`, which git does not need.`, note: `AWS cannot tell whether the policy allows \`codecommit:GitPull\`/\`codecommit:GitPush\` without a git request; a test clone or push settles it.` }
    }
    return { status: 'missing-scopes', missingScopes: [action], message: `AWS accepts this key but its IAM policy does not allow ${action}: add \`${action}\` to the IAM user's policy (IAM console > Users > Permissions); the key itself stays the same.` }
  }
  if (name === 'RepositoryDoesNotExistException') {
    return { status: 'host-error', message: `AWS accepts this key but has no repository named "${ctx.target.repository}" in ${ctx.target.region}; check the repository name and region.` }
  }
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException' || status === 429) {
    return { status: 'rate-limited', message: `${host} is throttling requests; try the check again in a few minutes.` }
  }
  return { status: 'host-error', message: `${host} answered with an error${name ? ` (${name.slice(0, 60)})` : ''}; try again later.` }
}

const checkGitCredentials = async (ctx: ValidatorContext, overrides: ApiOverrides): Promise<HostAnswer> => {
  const url = codecommitGitUrl(ctx.target, overrides)
  const result = await ctx.limit(new URL(url).origin, () => ctx.git.lsRemote(url, ctx.target.username ?? '', ctx.secret, ctx.timeoutMs))
  const tokenType = 'git-credentials'
  switch (readLsRemote(result, url, ctx.timeoutMs)) {
    case 'ok':
      return { status: 'valid', identity: { login: ctx.target.username }, tokenType }
    case 'refused':
      return { status: 'invalid', tokenType, message: `${ctx.hostName} did not accept these HTTPS Git credentials (wrong or reset password, or no \`codecommit:GitPull\` permission); generate new ones with the guide.` }
    case 'not-found':
      return { status: 'host-error', tokenType, message: `${ctx.hostName} has no repository "${ctx.target.repository}" in ${ctx.target.region}; check the repository name and region.` }
    case 'rate-limited':
      return { status: 'rate-limited', tokenType, message: `${ctx.hostName} is throttling git requests ("Rate Exceeded"); try the check again in a few minutes.` }
    case 'other':
      return { status: 'host-error', tokenType, message: `git could not check these credentials against ${ctx.hostName}; try again later.` }
  }
}

/**
 * AWS CodeCommit. Access keys: the real @aws-sdk/client-codecommit, `GetRepository` when the repository is
 * known (proves the key and the repository in one call), else `ListRepositories`. HTTPS Git credentials
 * cannot call AWS APIs, so they are checked with `git ls-remote` against the repository.
 */
export const createCodecommitValidator =
  (overrides: ApiOverrides): HostValidator =>
  async (ctx) => {
    if (isGitCredentialUser(ctx.target.username)) return checkGitCredentials(ctx, overrides)
    const accessKeyId = ctx.target.username?.trim()
    if (!accessKeyId) return { status: 'invalid', message: 'Enter the access key id (AKIA...) as the user name of this token; the secret access key alone cannot be checked.' }
    if (accessKeyId.startsWith('ASIA')) {
      // ASIA ids are temporary credentials; AWS accepts them only with their session token (IAM User Guide,
      // "Unique identifiers": ASIA = temporary; "Use temporary credentials with AWS resources"), which
      // PAT Keeper has nowhere to keep. Sent without it, AWS answers UnrecognizedClientException.
      return { status: 'invalid', tokenType: 'temporary-key', message: 'This is a temporary AWS key (ASIA...): it works only together with a session token and expires within hours. Use a long-term access key (AKIA...) or HTTPS Git credentials with PAT Keeper.' }
    }
    const endpoint = overrides.codecommit
    // The AWS SDK costs ~60 ms to load: only a CodeCommit check pays for it. On Node 20 (the CLI's floor) it
    // would print a notice that its 2027 releases need Node 22 into the user's terminal; that is for us, not
    // for them (the app itself runs on Electron's Node 22+). Kept if the user set the variable themselves.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
    const { CodeCommitClient, GetRepositoryCommand, ListRepositoriesCommand } = await import('@aws-sdk/client-codecommit')
    const client = new CodeCommitClient({
      region: ctx.target.region,
      endpoint,
      credentials: { accessKeyId, secretAccessKey: ctx.secret },
      maxAttempts: ctx.maxAttempts,
      logger: quiet,
      requestHandler: { requestTimeout: ctx.timeoutMs, connectionTimeout: ctx.timeoutMs, throwOnRequestTimeout: true },
    })
    const repository = ctx.target.repository?.trim()
    const action = repository ? 'codecommit:GetRepository' : 'codecommit:ListRepositories'
    const origin = new URL(ctx.apiBase).origin
    const identity = { login: accessKeyId }
    const tokenType = 'access-key'
    try {
      return await ctx.limit(origin, async () => {
        const signal = AbortSignal.timeout(ctx.timeoutMs * ctx.maxAttempts + 1000)
        if (repository) {
          const out = await client.send(new GetRepositoryCommand({ repositoryName: repository }), { abortSignal: signal })
          const account = out.repositoryMetadata?.accountId
          // No expiresAt: AWS says nothing about a key's expiry here, so the user's rotation date stays.
          return { status: 'valid', identity: { ...identity, name: account ? `AWS account ${account}` : undefined }, tokenType, note: KEY_NOTE } satisfies HostAnswer
        }
        await client.send(new ListRepositoriesCommand({}), { abortSignal: signal })
        return { status: 'valid', identity, tokenType, note: KEY_NOTE } satisfies HostAnswer
      })
    } catch (error) {
      const kind = findUnreachable(error)?.kind ?? (hasHttpStatus(error) ? undefined : unreachableKind(error))
      if (kind) throw new HostUnreachable(kind, new URL(ctx.apiBase).host, ctx.timeoutMs)
      return { ...fromAwsError(ctx, error, action), tokenType }
    } finally {
      client.destroy()
    }
  }

const hasHttpStatus = (error: unknown): boolean => typeof (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 'number'

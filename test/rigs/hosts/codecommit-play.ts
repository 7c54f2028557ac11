import { createHash, createHmac } from 'node:crypto'
import type { FakeReply, HostPlay, SeenRequest } from './host-server'

/** An IAM access key as the fake CodeCommit knows it. */
export interface AwsKey {
  secret: string
  accountId: string
  user: string
  /** Allowed CodeCommit actions, e.g. `codecommit:GetRepository` (default: all). */
  allow?: string[]
  /** For ASIA... temporary keys sent with their session token: the session has expired. */
  expired?: boolean
}

/** Options: repositories that exist, and the server clock's offset (clock-skew tests). */
export interface CodecommitOptions {
  repositories: string[]
  region?: string
  /** Server time minus real time, in ms. */
  clockOffsetMs?: number
  /** Leave out the `Date` header (so the SDK cannot correct its clock from it). */
  omitDate?: boolean
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest()
const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex')
const amzDate = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** Verifies an AWS Signature Version 4 the way AWS does (canonical request -> string to sign -> HMAC chain). */
const verifySigV4 = (req: SeenRequest, secret: string): boolean => {
  const auth = String(req.headers.authorization ?? '')
  const m = /Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]+)/.exec(auth)
  if (!m) return false
  const [, , day, region, service, signed, signature] = m as unknown as string[]
  const names = signed!.split(';')
  const canonicalHeaders = names.map((n) => `${n}:${String(req.headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('')
  const [path, query = ''] = req.path.split('?')
  const payload = typeof req.headers['x-amz-content-sha256'] === 'string' ? req.headers['x-amz-content-sha256'] : sha256(req.body)
  const canonical = [req.method, path, query, canonicalHeaders, signed, payload].join('\n')
  const date = String(req.headers['x-amz-date'] ?? '')
  const scope = `${day}/${region}/${service}/aws4_request`
  const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day!), region!), service!), 'aws4_request')
  return hmac(key, toSign).toString('hex') === signature
}

/**
 * AWS CodeCommit's JSON API (`X-Amz-Target: CodeCommit_20150413.<Action>`) for the real AWS SDK pointed at
 * this server: checks the SigV4 signature with the key's secret, the 15-minute clock window, session expiry
 * and IAM permissions, and answers GetRepository / ListRepositories with AWS's error shapes.
 */
export const codecommitPlay = (keys: Record<string, AwsKey>, options: CodecommitOptions): HostPlay => (req): FakeReply => {
  const now = new Date(Date.now() + (options.clockOffsetMs ?? 0))
  const base: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'b7f5c0de-0000-4000-8000-000000000001' }
  if (!options.omitDate) base.date = now.toUTCString()
  const error = (type: string, message: string, status = 400): FakeReply => ({ status, headers: { ...base, 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.coral.service/` }, body: { __type: type, message } })
  const action = String(req.headers['x-amz-target'] ?? '').replace('CodeCommit_20150413.', '')
  const keyId = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? ''
  const key = keys[keyId]
  // Error shape of the awsJson1_1 protocol: `__type` + `message`, X-Amzn-ErrorType (Smithy "AWS JSON 1.1
  // protocol", error serialization); CodeCommit's model (@aws-sdk/client-codecommit) names the exceptions.
  if (!key) return error('UnrecognizedClientException', 'The security token included in the request is invalid.')
  const sent = String(req.headers['x-amz-date'] ?? '')
  const sentAt = Date.parse(sent.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))
  if (Number.isNaN(sentAt) || Math.abs(now.getTime() - sentAt) > 15 * 60_000) {
    return error('InvalidSignatureException', `Signature expired: ${sent} is now earlier than ${amzDate(new Date(now.getTime() - 15 * 60_000))} (${amzDate(now)} - 15 min.)`)
  }
  if (!verifySigV4(req, key.secret)) {
    return error('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.')
  }
  // Temporary (ASIA) keys need their session token in X-Amz-Security-Token (IAM User Guide, "Use temporary
  // credentials with AWS resources"); without it AWS does not know the key (UnrecognizedClientException,
  // AWS "Common Errors": the X.509 certificate or access key ID provided does not exist in our records).
  if (keyId.startsWith('ASIA') && !req.headers['x-amz-security-token']) return error('UnrecognizedClientException', 'The security token included in the request is invalid.')
  if (key.expired) return error('ExpiredTokenException', 'The security token included in the request is expired')
  const wanted = `codecommit:${action}`
  if (key.allow && !key.allow.includes(wanted)) {
    return error('AccessDeniedException', `User: arn:aws:iam::${key.accountId}:user/${key.user} is not authorized to perform: ${wanted} on resource: arn:aws:codecommit:${options.region ?? 'us-east-1'}:${key.accountId}:*`)
  }
  const body = JSON.parse(req.body || '{}') as { repositoryName?: string }
  if (action === 'ListRepositories') return { status: 200, headers: base, body: { repositories: options.repositories.map((r, i) => ({ repositoryName: r, repositoryId: `id-${i}` })) } }
  if (action === 'GetRepository') {
    if (!body.repositoryName || !options.repositories.includes(body.repositoryName)) return error('RepositoryDoesNotExistException', `${body.repositoryName ?? ''} does not exist`)
    const region = options.region ?? 'us-east-1'
    return {
      status: 200,
      headers: base,
      body: { repositoryMetadata: { accountId: key.accountId, repositoryId: 'f7579e13-0000', repositoryName: body.repositoryName, cloneUrlHttp: `https://git-codecommit.${region}.amazonaws.com/v1/repos/${body.repositoryName}`, Arn: `arn:aws:codecommit:${region}:${key.accountId}:${body.repositoryName}` } },
    }
  }
  return error('UnknownOperationException', `Unknown operation ${action}`)
}

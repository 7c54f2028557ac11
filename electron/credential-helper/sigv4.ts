import { createHash, createHmac } from 'node:crypto'

// CodeCommit's git password, exactly as `aws codecommit credential-helper` and git-remote-codecommit derive
// it (awscli/customizations/codecommit.py; reference/hosts.md section 8): a SigV4 signature over a
// "GIT" canonical request for the host and repository path, recomputed on every request.

/** Inputs of one CodeCommit git password. */
export interface CodeCommitSignInput {
  secretAccessKey: string
  region: string
  /** Git host without port, e.g. `git-codecommit.eu-west-1.amazonaws.com`. */
  host: string
  /** Repository path as git sends it, with or without the leading slash, e.g. `v1/repos/app`. */
  path: string
  now: Date
}

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest()

/** `YYYYMMDDTHHMMSS` in UTC (no trailing Z inside the signed material). */
export const sigv4Timestamp = (now: Date): string => now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, '')

/** The 80-character git password: timestamp + "Z" + hex signature. */
export const codecommitPassword = ({ secretAccessKey, region, host, path, now }: CodeCommitSignInput): string => {
  const timestamp = sigv4Timestamp(now)
  const date = timestamp.slice(0, 8)
  const hostname = host.replace(/:\d+$/, '') // the AWS helper strips the port before signing
  const canonicalPath = path.startsWith('/') ? path : `/${path}`
  const canonical = `GIT\n${canonicalPath}\n\nhost:${hostname}\n\nhost\n`
  const scope = `${date}/${region}/codecommit/aws4_request`
  const stringToSign = `AWS4-HMAC-SHA256\n${timestamp}\n${scope}\n${createHash('sha256').update(canonical, 'utf8').digest('hex')}`
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), 'codecommit'), 'aws4_request')
  return `${timestamp}Z${createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex')}`
}

/** Region from a CodeCommit git host (also FIPS and VPC endpoint forms), as the AWS helper parses it. */
export const codecommitRegionFromHost = (host: string): string | undefined =>
  /(vpce-.+\.)?git-codecommit(-fips)?\.([^.]+)\.(vpce\.)?amazonaws\.com/.exec(host.replace(/:\d+$/, ''))?.[3]

/** Git username for an access key: the key id, plus `%<session token>` for temporary credentials. */
export const codecommitUsername = (accessKeyId: string, sessionToken?: string): string =>
  sessionToken ? `${accessKeyId}%${sessionToken}` : accessKeyId

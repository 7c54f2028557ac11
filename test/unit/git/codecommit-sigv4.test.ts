import { createHash, createHmac } from 'node:crypto'
import { createScope, getSigningKey } from '@smithy/signature-v4'
import { describe, expect, it } from 'vitest'
import { codecommitPassword, codecommitRegionFromHost, codecommitUsername } from '../../../electron/credential-helper/sigv4'

// The expected values are computed here independently of the code under test: the canonical request and
// string to sign are written out by hand (reference/hosts.md section 8, from awscli's codecommit.py) and the
// signing key comes from the AWS SDK's own SigV4 implementation (@smithy/signature-v4).

/** Smithy passes strings, ArrayBuffers or views; node:crypto wants strings or bytes. */
const toBytes = (d: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof d === 'string' ? d : d instanceof ArrayBuffer ? new Uint8Array(d) : new Uint8Array(d.buffer, d.byteOffset, d.byteLength)

/** The hash constructor smithy expects (`new Sha256(secret?)`), backed by node:crypto. */
class Sha256 {
  private readonly h: ReturnType<typeof createHmac> | ReturnType<typeof createHash>
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret))
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.h.update(toBytes(data))
  }
  async digest() {
    return new Uint8Array(this.h.digest())
  }
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

describe('CodeCommit git password (SigV4)', () => {
  it("derives the signing key the way AWS's documentation example does", async () => {
    // AWS General Reference, "Examples of how to derive a signing key for Signature Version 4".
    const key = await getSigningKey(Sha256, { accessKeyId: 'x', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }, '20120215', 'us-east-1', 'iam')
    expect(hex(key)).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d')
  })

  it('matches a hand-built signature for a fixed key, time, region and path', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
    const now = new Date('2026-11-21T09:30:00.123Z')
    const region = 'eu-west-1'
    const host = 'git-codecommit.eu-west-1.amazonaws.com'
    const canonical = ['GIT', '/v1/repos/my-repo', '', `host:${host}`, '', 'host', ''].join('\n')
    const stringToSign = ['AWS4-HMAC-SHA256', '20261121T093000', createScope('20261121', region, 'codecommit'), createHash('sha256').update(canonical).digest('hex')].join('\n')
    const key = await getSigningKey(Sha256, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret }, '20261121', region, 'codecommit')
    const expected = `20261121T093000Z${createHmac('sha256', key).update(stringToSign).digest('hex')}`

    const password = codecommitPassword({ secretAccessKey: secret, region, host, path: 'v1/repos/my-repo', now })
    expect(password).toBe(expected)
    expect(password).toHaveLength(80)
    // The port is not signed, and a leading slash on the path makes no difference.
    expect(codecommitPassword({ secretAccessKey: secret, region, host: `${host}:443`, path: '/v1/repos/my-repo', now })).toBe(expected)
    // Any change of path, region or second changes the password.
    expect(codecommitPassword({ secretAccessKey: secret, region, host, path: 'v1/repos/other', now })).not.toBe(expected)
    expect(codecommitPassword({ secretAccessKey: secret, region, host, path: 'v1/repos/my-repo', now: new Date('2026-11-21T09:30:01Z') })).not.toBe(expected)
  })

  it('reads the region from standard, FIPS and VPC endpoint hosts and builds the username', () => {
    expect(codecommitRegionFromHost('git-codecommit.us-east-2.amazonaws.com')).toBe('us-east-2')
    expect(codecommitRegionFromHost('git-codecommit-fips.us-gov-west-1.amazonaws.com:443')).toBe('us-gov-west-1')
    expect(codecommitRegionFromHost('vpce-0123-abcd.git-codecommit.ap-south-1.vpce.amazonaws.com')).toBe('ap-south-1')
    expect(codecommitRegionFromHost('github.com')).toBeUndefined()
    expect(codecommitUsername('ASIAEXAMPLE', 'session/token')).toBe('ASIAEXAMPLE%session/token')
  })
})

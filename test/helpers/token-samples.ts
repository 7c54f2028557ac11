// Builds tokens with correct checksums the way each host's generator does, using Node's zlib CRC-32 (an
// implementation independent of shared/hosts/formats/crc32.ts), so tests and e2e scenarios can paste
// fresh, realistic tokens. Sources: github.blog 2021-04-05 (GitHub), gitlab-org/gitlab
// lib/authn/token_field/generator/routable_token.rb (GitLab), CredSweeper value_atlassian_token_check.py
// (Atlassian, BBDC), microsoft/sarif-pattern-matcher SEC101_102.AdoPatValidator.cs (Azure legacy).
import { randomBytes } from 'node:crypto'
import { crc32 } from 'node:zlib'
import { marvin32 } from '../../shared/hosts/formats/marvin32'

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const crc = (data: string | Uint8Array) => crc32(typeof data === 'string' ? Buffer.from(data, 'latin1') : data) >>> 0

/** `n` random characters of `chars`. */
export const randomChars = (n: number, chars = ALNUM): string => [...randomBytes(n)].map((b) => chars[b % chars.length]).join('')

const inBase = (value: number, digits: string, width: number) => {
  let out = ''
  for (let v = value; v > 0; v = Math.floor(v / digits.length)) out = digits[v % digits.length] + out
  return out.padStart(width, digits[0])
}

/** A GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` token: 30 random base62 characters and their base62 CRC-32. */
export const githubToken = (prefix: string, random = randomChars(30)): string => `${prefix}${random}${inBase(crc(random), ALNUM, 6)}`

/** A routable GitLab token: base64url of routing payload + 16 random bytes + their count, `.01.`, length, CRC. */
export const gitlabRoutableToken = (prefix = 'glpat-', routing = 'o:1k\nu:2z'): string => {
  const payload = Buffer.concat([Buffer.from(routing), randomBytes(16), Buffer.from([16])]).toString('base64url')
  const head = `${prefix}${payload}.01.${payload.length.toString(36).padStart(2, '0')}`
  return `${head}${crc(head).toString(36).padStart(7, '0')}`
}

/** An Atlassian token: `head` + random body to 184 characters, then the uppercase-hex CRC-32 of all that. */
export const atlassianToken = (head = 'ATATT3xFfGF0', total = 192): string => {
  const body = `${head}${randomChars(total - 9 - head.length, `${ALNUM}_-`)}=`
  return `${body}${crc(body).toString(16).toUpperCase().padStart(8, '0')}`
}

/** A Bitbucket Data Center token: `BBDC-` + base64 of "<12-digit id>:<20 random bytes>". */
export const bbdcToken = (): string => `BBDC-${Buffer.concat([Buffer.from(`${100000000000 + (randomBytes(4).readUInt32BE() % 899999999999)}:`), randomBytes(20)]).toString('base64')}`

/**
 * An 84-character Azure DevOps PAT in Microsoft's common annotated key layout, its checksum from
 * shared/hosts/formats/marvin32.ts (itself checked against SymCrypt's test vector in checksums.test.ts).
 */
export const azureCaskToken = (): string => {
  // Real keys are alphanumeric throughout (the SEC101/201 pattern); a checksum whose base64 holds + or / would
  // not be one, so draw again (about one draw in eight; it made this sample fail the pattern at random).
  for (;;) {
    const head = `${randomChars(52)}JQQJ99AG${'A'.repeat(12)}AAAAAZDO`
    const sum = marvin32(Buffer.from(head, 'base64'), 0x756c7430, 0x44656661)
    const token = `${head}${Buffer.from([sum & 0xff, (sum >>> 8) & 0xff, (sum >>> 16) & 0xff]).toString('base64')}`
    if (/^[A-Za-z0-9]{84}$/.test(token)) return token
  }
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567'

/** A 52-character Azure DevOps PAT: 28 random bytes with the CRC-32 ^ 0xE0B9692D at bytes 2, 7, 8, 22. */
export const azureLegacyToken = (): string => {
  const body = randomBytes(28)
  const sum = (crc(body) ^ 0xe0b9692d) >>> 0
  const out = Buffer.alloc(32)
  const at = [22, 8, 7, 2]
  let j = 0
  for (let i = 0; i < 32; i++) out[i] = at.includes(i) ? (sum >>> (8 * at.indexOf(i))) & 0xff : body[j++]!
  let bits = ''
  for (const b of out) bits += b.toString(2).padStart(8, '0')
  bits = bits.padEnd(260, '0')
  return Array.from({ length: 52 }, (_, i) => B32[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]).join('')
}

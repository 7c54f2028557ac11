// The checksums hosts build into their tokens, so a typo or a cut shows without a network call. Each one
// follows the host's own generator or a secret scanner that checks it; a failing one is reported as
// "typo or cut", never as a refusal (self-managed hosts and future formats may differ).
import { BASE62, crc32Ascii, crc32Bytes, decodeBase32, decodeBase64, encodeDigits } from './crc32'
import { marvin32 } from './marvin32'

/**
 * GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`: the last 6 characters are the CRC-32 of the random part
 * (between the 4-character prefix and the checksum) in base62. Source: github.blog 2021-04-05 "Behind
 * GitHub's new authentication token formats"; Samsung/CredSweeper credsweeper/filters/value_github_check.py.
 */
export const githubChecksumOf = (random: string): string => encodeDigits(crc32Ascii(random), BASE62, 6)

/** True when a 4-character-prefix GitHub token's last 6 characters match its random part. */
export const githubChecksumOk = (token: string): boolean => githubChecksumOf(token.slice(4, -6)) === token.slice(-6)

/**
 * Atlassian API tokens (`ATATT`), access tokens (`ATCTT`) and Bitbucket app passwords (`ATBB`): the last
 * 8 characters are the CRC-32, uppercase hex, of everything before them. Source: Samsung/CredSweeper
 * credsweeper/filters/value_atlassian_token_check.py (check_crc32_struct).
 */
export const atlassianChecksumOf = (body: string): string => crc32Ascii(body).toString(16).toUpperCase().padStart(8, '0')

/** True when an Atlassian token's 8-character hex tail matches. */
export const atlassianChecksumOk = (token: string): boolean => atlassianChecksumOf(token.slice(0, -8)) === token.slice(-8)

/**
 * GitLab routable tokens `<prefix><payload>.<version>.<length><crc>`: the last 7 characters are the
 * CRC-32 of everything before them (prefix included) in base36, and the 2-character length is the payload
 * length in base36. Source: gitlab-org/gitlab lib/authn/token_field/generator/routable_token.rb
 * (append_crc, encode_payload) and decoders/v1/routable_payload.rb.
 */
export const gitlabRoutableChecksumOf = (head: string): string => encodeDigits(crc32Ascii(head), '0123456789abcdefghijklmnopqrstuvwxyz', 7)

/** True when a routable GitLab token's CRC and payload-length fields both match. */
export const gitlabRoutableChecksumOk = (token: string): boolean => {
  const m = /\.[0-9a-z]{2}\.([0-9a-z]{2})[0-9a-z]{7}$/.exec(token)
  if (!m) return false
  // The payload runs from the end of the prefix (its last "-") to the first "." of the ending.
  const payloadStart = m.index - parseInt(m[1]!, 36)
  if (payloadStart < 1 || token[payloadStart - 1] !== '-') return false
  return gitlabRoutableChecksumOf(token.slice(0, -7)) === token.slice(-7)
}

/** Byte positions of the 4 checksum bytes inside a decoded legacy Azure DevOps PAT (little-endian order). */
const AZURE_CRC_AT = [22, 8, 7, 2] as const
const AZURE_PAT_MAGIC = 0xe0b9692d

/**
 * Azure DevOps 52-character (pre-2024) PATs: base32 of 32 bytes, 4 of them (positions 2, 7, 8, 22) the
 * CRC-32 of the other 28 XOR 0xE0B9692D. Source: microsoft/sarif-pattern-matcher
 * src/Plugins/Security/SecurePlaintextSecretsValidators/SEC101_102.AdoPatValidator.cs.
 */
export const azureLegacyChecksumOk = (token: string): boolean => {
  const bytes = decodeBase32(token)
  if (!bytes || bytes.length < 32) return false
  const body = [...bytes.subarray(0, 32)].filter((_, i) => !(AZURE_CRC_AT as readonly number[]).includes(i))
  const stored = (bytes[AZURE_CRC_AT[0]]! | (bytes[AZURE_CRC_AT[1]]! << 8) | (bytes[AZURE_CRC_AT[2]]! << 16) | (bytes[AZURE_CRC_AT[3]]! << 24)) >>> 0
  return ((crc32Bytes(body) ^ AZURE_PAT_MAGIC) >>> 0) === stored
}

/** Where `azureLegacyChecksumOk` reads the checksum bytes and what it XORs with (for sample builders). */
export const AZURE_LEGACY_LAYOUT = { crcAt: AZURE_CRC_AT, magic: AZURE_PAT_MAGIC }

/** Seed "Default0": its ASCII bytes reversed, read as a little-endian 64-bit number (low, high words). */
const CASK_SEED = [0x756c7430, 0x44656661] as const
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Azure DevOps 84-character PATs (Microsoft "common annotated security key"): `JQQJ99` at 52, `AZDO` at
 * 76, and the last 4 characters the base64 of the first 3 little-endian bytes of Marvin32 (seed
 * "Default0") over the base64-decoded first 80. Source: microsoft/security-utilities
 * src/Microsoft.Security.Utilities.Core/IdentifiableSecrets.cs (TryValidateCommonAnnotatedKey),
 * LegacyCommonAnnotatedSecurityKey.cs (offsets). Microsoft also accepts the base62 form of the sum.
 */
export const azureCaskChecksumOk = (token: string): boolean => {
  const bytes = decodeBase64(token.slice(0, 80))
  if (!bytes || bytes.length !== 60) return false
  const sum = marvin32(bytes, CASK_SEED[0], CASK_SEED[1])
  const b = [sum & 0xff, (sum >>> 8) & 0xff, (sum >>> 16) & 0xff]
  const base64 = B64[b[0]! >> 2]! + B64[((b[0]! & 3) << 4) | (b[1]! >> 4)]! + B64[((b[1]! & 15) << 2) | (b[2]! >> 6)]! + B64[b[2]! & 63]!
  if (token.slice(80) === base64) return true
  const bigEndian = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | ((sum >>> 24) & 0xff)) >>> 0
  return encodeDigits(bigEndian, BASE62, 1).startsWith(token.slice(80))
}

/**
 * Bitbucket Data Center `BBDC-` tokens: base64 of "<numeric id>:<random bytes>". Source: Samsung/CredSweeper
 * credsweeper/filters/value_atlassian_token_check.py (check_atlassian_struct: id of 4+ digits before ':').
 */
export const bbdcStructureOk = (token: string): boolean => {
  const bytes = decodeBase64(token.slice(5))
  if (!bytes) return false
  const colon = bytes.indexOf(0x3a)
  if (colon < 4 || colon > 20) return false
  for (let i = 0; i < colon; i++) if (bytes[i]! < 0x30 || bytes[i]! > 0x39) return false
  return bytes.length - colon - 1 >= 16
}

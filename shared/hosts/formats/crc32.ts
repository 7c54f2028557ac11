// CRC-32 (IEEE 802.3, the zlib/PNG polynomial) and the digit encodings hosts put checksums in. Written
// for the renderer too, so no Node `zlib`.

const TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 of bytes, as an unsigned 32-bit number (same value as zlib's `crc32`). */
export const crc32Bytes = (bytes: ArrayLike<number>): number => {
  let crc = 0xffffffff
  for (let i = 0; i < bytes.length; i++) crc = (crc >>> 8) ^ TABLE[(crc ^ bytes[i]!) & 0xff]!
  return (crc ^ 0xffffffff) >>> 0
}

/** CRC-32 of an ASCII string (token characters are all ASCII). */
export const crc32Ascii = (text: string): number => {
  let crc = 0xffffffff
  for (let i = 0; i < text.length; i++) crc = (crc >>> 8) ^ TABLE[(crc ^ text.charCodeAt(i)) & 0xff]!
  return (crc ^ 0xffffffff) >>> 0
}

/** GitHub's base62 digits (0-9, A-Z, a-z). */
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** `value` written in the digits of `alphabet`, left-padded with its zero digit to `width`. */
export const encodeDigits = (value: number, alphabet: string, width: number): string => {
  let out = ''
  let rest = value
  do {
    out = alphabet[rest % alphabet.length]! + out
    rest = Math.floor(rest / alphabet.length)
  } while (rest > 0)
  return out.padStart(width, alphabet[0])
}

/** Reads `text` as digits of `bits` bits each from `alphabet`; trailing bits that do not fill a byte are dropped. */
const decodeDigits = (text: string, alphabet: string, bits: number): Uint8Array | undefined => {
  const out: number[] = []
  let held = 0
  let value = 0
  for (const ch of text) {
    const digit = alphabet.indexOf(ch)
    if (digit < 0) return undefined
    value = ((value << bits) | digit) & 0xffff
    held += bits
    if (held >= 8) {
      held -= 8
      out.push((value >>> held) & 0xff)
    }
  }
  return Uint8Array.from(out)
}

/** RFC 4648 base32 (either case, no padding) to bytes. */
export const decodeBase32 = (text: string): Uint8Array | undefined => decodeDigits(text.toLowerCase(), 'abcdefghijklmnopqrstuvwxyz234567', 5)

/** Base64 or base64url (padding optional) to bytes; undefined when other characters appear. */
export const decodeBase64 = (text: string): Uint8Array | undefined =>
  decodeDigits(text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 6)

// Marvin32, Microsoft's seeded checksum (SymCrypt lib/marvin32.c; .NET System.Marvin), which the Azure
// DevOps 84-character PAT carries. 32-bit arithmetic only, so it runs in the renderer.

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0

/** Marvin over `bytes` with a 64-bit seed given as its low and high 32 bits; returns [low, high] state. */
export const marvin = (bytes: ArrayLike<number>, seedLow: number, seedHigh: number): [number, number] => {
  let lo = seedLow >>> 0
  let hi = seedHigh >>> 0
  const mix = () => {
    hi = (hi ^ lo) >>> 0
    lo = rotl(lo, 20)
    lo = (lo + hi) >>> 0
    hi = rotl(hi, 9)
    hi = (hi ^ lo) >>> 0
    lo = rotl(lo, 27)
    lo = (lo + hi) >>> 0
    hi = rotl(hi, 19)
  }
  const word = (i: number, n: number) => {
    let w = 0
    for (let k = n - 1; k >= 0; k--) w = (w << 8) | bytes[i + k]!
    return w >>> 0
  }
  let i = 0
  for (; i + 4 <= bytes.length; i += 4) {
    lo = (lo + word(i, 4)) >>> 0
    mix()
  }
  // The last 0-3 bytes, then a 0x80 marker byte.
  const rest = bytes.length - i
  lo = (lo + ((word(i, rest) | (0x80 << (8 * rest))) >>> 0)) >>> 0
  mix()
  mix()
  return [lo, hi]
}

/** Marvin32: the two state words XORed. */
export const marvin32 = (bytes: ArrayLike<number>, seedLow: number, seedHigh: number): number => {
  const [lo, hi] = marvin(bytes, seedLow, seedHigh)
  return (lo ^ hi) >>> 0
}

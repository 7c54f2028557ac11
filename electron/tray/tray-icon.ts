import type { WorstLevel } from '../../shared/domain/expiry'

/** Icon colours per level (RGB): green, amber, red, chosen to read on light and dark panels. */
export const ICON_COLOURS: Record<WorstLevel, [number, number, number]> = {
  ok: [0x2f, 0x9e, 0x44],
  expiring: [0xe8, 0x89, 0x0c],
  expired: [0xe0, 0x31, 0x31],
}

/**
 * A tray icon drawn in code (no image files to ship): a filled disc in the level's colour with a white
 * key-hole, anti-aliased, as BGRA pixels for Electron's `nativeImage.createFromBitmap`.
 */
export const trayIconBitmap = (level: WorstLevel, size = 32): Buffer => {
  const [r, g, b] = ICON_COLOURS[level]
  const pixels = Buffer.alloc(size * size * 4)
  const c = (size - 1) / 2
  const radius = size / 2 - 1
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c)
      const cover = Math.max(0, Math.min(1, radius - d + 0.5))
      // Key-hole: a small circle above a short bar, in white.
      const hole = Math.hypot(x - c, y - (c - size * 0.08)) < size * 0.13 || (Math.abs(x - c) < size * 0.06 && y > c && y < c + size * 0.25)
      const i = (y * size + x) * 4
      pixels[i] = hole ? 255 : b
      pixels[i + 1] = hole ? 255 : g
      pixels[i + 2] = hole ? 255 : r
      pixels[i + 3] = Math.round(cover * 255)
    }
  }
  return pixels
}

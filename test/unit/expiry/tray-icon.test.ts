import { describe, expect, it } from 'vitest'
import { ICON_COLOURS, trayIconBitmap } from '../../../electron/tray/tray-icon'

describe('tray icon drawn in code', () => {
  it('is a disc in the level colour (BGRA) with transparent corners and a white key-hole', () => {
    for (const level of ['ok', 'expiring', 'expired'] as const) {
      const px = trayIconBitmap(level, 32)
      expect(px.length).toBe(32 * 32 * 4)
      const at = (x: number, y: number) => [...px.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4)]
      expect(at(0, 0)[3]).toBe(0)
      const [r, g, b] = ICON_COLOURS[level]
      expect(at(16, 4)).toEqual([b, g, r, 255])
      expect(at(16, 14).slice(0, 3)).toEqual([255, 255, 255])
    }
    expect(trayIconBitmap('ok')).not.toEqual(trayIconBitmap('expired'))
  })
})

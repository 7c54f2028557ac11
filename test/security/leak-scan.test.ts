import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LeakScanner } from '../helpers/leak-scan'
import { tempDir } from '../helpers/test-deps'
import { startUi, type UiRig } from '../rigs/ui/ui-rig'

// The scanner must be able to fail: each form a token can take in a file, header, URL, JSON or page is
// planted once and must be found, and clean places must not match.
const SECRET = 'glpat-AbCdEfGhIjKlMnOpQrSt'
const OTHER = 'ghp_ZyXwVuTsRqPoNmLkJiHgFeDcBa0123456789'

describe('leak scanner', () => {
  it.each([
    ['raw', `token=${SECRET}`],
    ['url', `https://x/?t=${encodeURIComponent(SECRET + '/+')}`.replace(encodeURIComponent('/+'), '')],
    ['json', JSON.stringify({ note: `a "${SECRET}"` })],
    ['hex', Buffer.from(SECRET).toString('hex')],
    ['base64 (Basic auth, offset 0)', `Authorization: Basic ${Buffer.from(`${SECRET}`).toString('base64')}`],
    ['base64 (Basic auth, offset 1)', `Authorization: Basic ${Buffer.from(`u:${SECRET}`).toString('base64')}`],
    ['base64 (Basic auth, offset 2)', `Authorization: Basic ${Buffer.from(`us:${SECRET}`).toString('base64')}`],
    ['base64 (Basic auth, offset 3)', `Authorization: Basic ${Buffer.from(`use:${SECRET}`).toString('base64')}`],
  ])('finds a token written as %s', (_form, text) => {
    const scanner = new LeakScanner([OTHER, SECRET])
    scanner.scanText('place', text)
    expect(scanner.hits.map((h) => h.secret)).toContain(1)
    expect(scanner.hits.every((h) => h.place === 'place')).toBe(true)
  })

  it('finds UTF-16 text in files, walks folders, counts every place and stays quiet on clean ones', () => {
    const dir = tempDir('patkeeper-scan-')
    mkdirSync(join(dir, 'a', 'b'), { recursive: true })
    writeFileSync(join(dir, 'clean.json'), JSON.stringify({ label: 'GitLab', masked: 'glpat-••••QrSt' }))
    writeFileSync(join(dir, 'a', 'b', 'dump.bin'), Buffer.from(`xx${SECRET}xx`, 'utf16le'))
    const scanner = new LeakScanner([SECRET])
    scanner.scanDir(dir, 'dir')
    scanner.scanLog(['one', 'two'])
    scanner.scanTraffic([{ kind: 'invoke', channel: 'tokens:list', data: { ok: true, value: [] } }])
    scanner.scanEnv('env', { HOME: '/root', PASS: SECRET })
    expect(scanner.report()).toEqual({ places: 6, hits: [{ place: 'dir/a/b/dump.bin', secret: 0, form: 'utf16' }, { place: 'env', secret: 0, form: 'raw' }] })
  })

  it('refuses secrets so short they would match by chance', () => {
    expect(() => new LeakScanner(['abc'])).toThrow(/shorter than 8/)
  })

  describe('in the page', () => {
    let ui: UiRig
    beforeAll(async () => {
      ui = await startUi()
    })
    afterAll(async () => ui?.close())

    it('finds a token the renderer still holds in its JavaScript heap, and not one it let go', async () => {
      const before = new LeakScanner([SECRET])
      await before.scanHeap(ui.page)
      expect(before.hits).toEqual([])
      await ui.page.evaluate((s) => void ((window as unknown as { kept: unknown }).kept = { token: s.split('').join('') }), SECRET)
      const held = new LeakScanner([SECRET])
      await held.scanHeap(ui.page)
      expect(held.hits.length).toBeGreaterThan(0)
      await ui.page.evaluate(() => void delete (window as unknown as { kept?: unknown }).kept)
      const released = new LeakScanner([SECRET])
      await released.scanHeap(ui.page)
      expect(released.hits).toEqual([])
    })

    it.each([
      ['a form field value', (s: string) => void Object.assign(document.body.appendChild(document.createElement('input')), { value: s })],
      ['localStorage', (s: string) => localStorage.setItem('k', s)],
      ['sessionStorage', (s: string) => sessionStorage.setItem('k', s)],
      ['visible text', (s: string) => void (document.body.appendChild(document.createElement('p')).textContent = s)],
      [
        'IndexedDB',
        (s: string) =>
          new Promise<void>((resolve) => {
            const req = indexedDB.open('leaky', 1)
            req.onupgradeneeded = () => req.result.createObjectStore('store', { autoIncrement: true })
            req.onsuccess = () => {
              const tx = req.result.transaction('store', 'readwrite')
              tx.objectStore('store').add({ token: s })
              tx.oncomplete = () => (req.result.close(), resolve())
            }
          }),
      ],
    ])('finds a token in %s', async (_place, plant) => {
      const clean = new LeakScanner([SECRET])
      await clean.scanPage(ui.page)
      expect(clean.hits).toEqual([])
      await ui.page.evaluate(`(${plant.toString()})(${JSON.stringify(SECRET)})`)
      const scanner = new LeakScanner([SECRET])
      await scanner.scanPage(ui.page)
      expect(scanner.hits.length).toBeGreaterThan(0)
      await ui.page.evaluate(() => {
        localStorage.clear()
        sessionStorage.clear()
        document.querySelectorAll('input:not([id]), p:not([class])').forEach((e) => e.remove())
        return new Promise((r) => {
          const req = indexedDB.deleteDatabase('leaky')
          req.onsuccess = req.onerror = req.onblocked = () => r(null)
        })
      })
    })
  })
})

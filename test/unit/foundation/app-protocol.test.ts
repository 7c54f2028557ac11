import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mimeTypeFor, resolveAppFile } from '../../../electron/security/app-protocol'

const root = '/opt/pat-keeper/dist/renderer'

describe('app:// file resolution', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile('app://renderer/index.html', 'GET', root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://renderer/', 'GET', root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://renderer/assets/index-abc.js', 'GET', root)).toBe(join(root, 'assets/index-abc.js'))
  })

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/..%2f..%2fetc/passwd',
    'app://renderer/assets/..%2F..%2F..%2Fetc%2Fshadow',
    'app://renderer//etc/passwd',
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppFile(url, 'GET', root)
    expect(file === null || file.startsWith(`${root}/`)).toBe(true)
  })

  it('refuses an encoded slash escape outright', () => {
    expect(resolveAppFile('app://renderer/..%2f..%2fetc/passwd', 'GET', root)).toBeNull()
  })

  it.each([
    ['a backslash', 'app://renderer/..%5c..%5cwindows'],
    ['a NUL byte', 'app://renderer/index.html%00.png'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///opt/pat-keeper/dist/renderer/index.html'],
    ['bad percent-encoding', 'app://renderer/%E0%A4%A'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(url, 'GET', root)).toBeNull()
  })

  it('refuses methods other than GET', () => {
    expect(resolveAppFile('app://renderer/index.html', 'POST', root)).toBeNull()
  })

  it('names content types', () => {
    expect(mimeTypeFor('a/index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('a/x.js')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeFor('a/x.bin')).toBe('application/octet-stream')
  })
})

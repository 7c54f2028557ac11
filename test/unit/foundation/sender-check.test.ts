import { describe, expect, it } from 'vitest'
import { isTrustedSender, type SenderInfo } from '../../../electron/ipc/sender-check'

const policy = { trustedIds: new Set([7]) }
const devPolicy = { trustedIds: new Set([7]), devServerOrigin: 'http://127.0.0.1:5173' }
const sender = (over: Partial<SenderInfo>): SenderInfo => ({ webContentsId: 7, frameUrl: 'app://renderer/index.html', isMainFrame: true, ...over })

describe('IPC sender check', () => {
  it('trusts the top frame of the app window on app://renderer', () => {
    expect(isTrustedSender(sender({}), policy)).toBe(true)
    expect(isTrustedSender(sender({ frameUrl: 'app://renderer/views/x?y#z' }), policy)).toBe(true)
  })

  it.each([
    ['an iframe of the app', sender({ isMainFrame: false })],
    ['a webContents main did not create', sender({ webContentsId: 8 })],
    ['a remote page', sender({ frameUrl: 'https://evil.example/' })],
    ['a file URL', sender({ frameUrl: 'file:///etc/passwd' })],
    ['about:blank', sender({ frameUrl: 'about:blank' })],
    ['another app:// host', sender({ frameUrl: 'app://evil/index.html' })],
    ['a destroyed frame (empty URL)', sender({ frameUrl: '' })],
    ['the dev server when not in dev mode', sender({ frameUrl: 'http://127.0.0.1:5173/' })],
  ])('refuses %s', (_name, s) => {
    expect(isTrustedSender(s, policy)).toBe(false)
  })

  it('trusts the dev server origin only in dev mode, and not with credentials or another port', () => {
    expect(isTrustedSender(sender({ frameUrl: 'http://127.0.0.1:5173/index.html' }), devPolicy)).toBe(true)
    expect(isTrustedSender(sender({ frameUrl: 'http://127.0.0.1:5174/' }), devPolicy)).toBe(false)
    expect(isTrustedSender(sender({ frameUrl: 'http://user:pw@127.0.0.1:5173/' }), devPolicy)).toBe(false)
  })
})

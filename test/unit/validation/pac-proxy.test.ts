import { describe, expect, it } from 'vitest'
import { proxyFromPac } from '../../../electron/validation/network-source'

// Inputs are Chromium PAC results as session.resolveProxy returns them (session.md; PAC FindProxyForURL).
describe('proxy from the OS resolver', () => {
  it('takes the first usable entry, goes direct on DIRECT, skips SOCKS', () => {
    expect(proxyFromPac('DIRECT')).toBeUndefined()
    expect(proxyFromPac('PROXY proxy.corp:8080; DIRECT')).toBe('http://proxy.corp:8080')
    expect(proxyFromPac('HTTPS secure.corp:443')).toBe('https://secure.corp:443')
    expect(proxyFromPac('SOCKS5 socks.corp:1080; PROXY fallback.corp:3128')).toBe('http://fallback.corp:3128')
    expect(proxyFromPac('SOCKS5 socks.corp:1080')).toBeUndefined()
    expect(proxyFromPac('')).toBeUndefined()
  })
})

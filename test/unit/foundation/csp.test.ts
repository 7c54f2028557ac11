import { describe, expect, it } from 'vitest'
import { PRODUCTION_CSP, devCsp } from '../../../electron/security/csp'

describe('Content-Security-Policy', () => {
  it('is the strict production policy, exactly', () => {
    expect(PRODUCTION_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    )
    expect(PRODUCTION_CSP).not.toContain('unsafe')
  })

  it('loosens only for the given dev server', () => {
    const dev = devCsp('http://127.0.0.1:5173')
    expect(dev).toContain("script-src 'self' 'unsafe-inline' http://127.0.0.1:5173")
    expect(dev).toContain('ws://127.0.0.1:5173')
    expect(dev).toContain("object-src 'none'")
  })
})

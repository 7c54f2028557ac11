import { describe, expect, it } from 'vitest'
import { createLogger } from '../../../electron/log/logger'
import { Redactor } from '../../../electron/log/redact'

describe('redacting logger', () => {
  it('masks remembered secrets and token-shaped strings', () => {
    const redactor = new Redactor()
    redactor.remember('plain-custom-secret-value')
    const lines: string[] = []
    const log = createLogger(redactor, (l) => lines.push(l))
    log.info('request', { headers: { Authorization: 'Bearer glpat-abcdefghijklmnopqrst' }, body: 'plain-custom-secret-value' })
    log.error('failed for https://me:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/x.git')
    log.warn('key AKIAABCDEFGHIJKLMNOP used')
    const text = lines.join('\n')
    for (const secret of ['plain-custom-secret-value', 'glpat-abcdefghijklmnopqrst', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'AKIAABCDEFGHIJKLMNOP']) {
      expect(text).not.toContain(secret)
    }
    expect(text).toContain('request')
    expect(lines).toHaveLength(3)
  })
})

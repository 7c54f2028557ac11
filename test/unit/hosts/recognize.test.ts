import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOST_CATALOG, recognizeToken } from '../../../shared/hosts/catalog'
import { TOKEN_FORMATS } from '../../../shared/hosts/formats/index'
import type { HostKind } from '../../../shared/domain/hosts'
import { githubToken, gitlabRoutableToken, randomChars } from '../../helpers/token-samples'
import { CASES } from './recognize-cases'

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code)
const BEFORE = new Date('2026-11-21T10:00:00Z')

describe('recognises pasted strings as the scanners and hosts describe them', () => {
  it('has at least 80 cases, each with a source', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80)
    for (const c of CASES) expect(c.source.length, c.name).toBeGreaterThan(5)
  })
  for (const c of CASES) {
    it(`${c.name} [${c.source}]`, () => {
      const r = recognizeToken(c.secret, c.kind, BEFORE)
      if (c.type !== undefined) expect(r.tokenType ?? null).toBe(c.type)
      if (c.hostKind) expect(r.hostKind).toBe(c.hostKind)
      if (c.checksum) expect(r.checksum).toBe(c.checksum)
      if (c.codes) expect(codes(r)).toEqual(c.codes)
      if (c.says) expect([r.summary ?? '', ...r.warnings.map((w) => w.message)].some((m) => c.says!.test(m)), `${r.summary} | ${r.warnings.map((w) => w.message).join(' | ')}`).toBe(true)
      if (c.unknown !== undefined) expect(r.unknownFormat ?? false).toBe(c.unknown)
      if (c.cleaned) expect(recognizeToken(r.cleaned!, c.kind, BEFORE).warnings.filter((w) => w.code !== 'azure-global-pat')).toEqual([])
    })
  }
})

describe('never contradicts itself', () => {
  it('a clipped token is never also "format not recognised"', () => {
    const r = recognizeToken(githubToken('ghp_').slice(0, 30), 'github')
    expect(r.unknownFormat).toBeUndefined()
    expect(codes(r)).toEqual(['truncated'])
  })
  it('a recognised format never says "unknown"', () => {
    for (const c of CASES) {
      const r = recognizeToken(c.secret, c.kind, BEFORE)
      if (r.label) expect(r.unknownFormat, c.name).toBeUndefined()
      expect(new Set(codes(r)).size, c.name).toBe(codes(r).length)
    }
  })
  it('a placeholder is not also reported as a checksum failure', () => {
    expect(codes(recognizeToken(`ghp_${'x'.repeat(36)}`, 'github'))).toEqual(['placeholder'])
  })
})

describe('the format table', () => {
  it('odd first characters do not change what later pastes are recognised as', () => {
    const token = githubToken('ghp_')
    for (const odd of ['\u01e7hp_abc', '\u0000g', 'g', 'SIE-\u00e9l', '-glpat-x']) recognizeToken(odd, 'github')
    expect(recognizeToken(token, 'github').checksum).toBe('ok')
    expect(recognizeToken(gitlabRoutableToken('SIE-glpat-'), 'gitlab').checksum).toBe('ok')
  })
  it('every row names its source, lengths and alphabet, and its pattern fits its lengths', () => {
    for (const f of TOKEN_FORMATS) {
      expect(f.source, f.label).toMatch(/\w{4,}/)
      expect(f.length.min).toBeLessThanOrEqual(f.length.max)
      expect(f.alphabet.length).toBeGreaterThan(2)
      expect(f.pattern.source.startsWith('^') && f.pattern.source.endsWith('$'), f.label).toBe(true)
    }
  })
  it('each host kind lists the formats that belong to it', () => {
    for (const spec of Object.values(HOST_CATALOG)) for (const f of spec.formats) expect(f.kinds).toContain(spec.kind)
    expect(HOST_CATALOG.gitlab.formats.some((f) => f.prefix === 'glrt-')).toBe(true)
  })
  it('token types match the wizard variants where the host has them', () => {
    expect(recognizeToken(`${randomChars(43)}=`, 'codecommit').tokenType).toBe('git-credentials')
    expect(HOST_CATALOG.codecommit.variants.map((v) => v.id)).toEqual(expect.arrayContaining(['git-credentials', 'access-key']))
  })
})

describe('Azure DevOps global PAT notice', () => {
  it('is in the right tense and only for Services', () => {
    expect(recognizeToken('x', 'azure-devops', BEFORE).warnings.find((w) => w.code === 'azure-global-pat')!.message).toContain('stop working on 2026-12-01')
    expect(recognizeToken('whatever-format-1234567890abcdef', 'azure-devops', new Date('2026-12-02T10:00:00Z')).warnings[0]!.message).toContain('stopped working')
    expect(codes(recognizeToken('whatever-format-1234567890abcdef', 'azure-devops-server'))).toEqual([])
  })
})

const KINDS = Object.keys(HOST_CATALOG) as HostKind[]
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.=+/'
const SAMPLES = CASES.map((c) => c.secret.trim())

describe('no warning contains any 8-character run of the secret', () => {
  const leaks = (secret: string, text: string) => {
    for (let i = 0; i + 8 <= secret.length; i++) {
      const run = secret.slice(i, i + 8)
      if (!/\s/.test(run) && text.includes(run)) return run
    }
    return undefined
  }
  const check = (secret: string, kind: HostKind | undefined) => {
    const r = recognizeToken(secret, kind, BEFORE)
    const text = [r.summary ?? '', r.label ?? '', ...r.warnings.map((w) => w.message)].join('\n')
    expect(leaks(secret, text)).toBeUndefined()
  }
  it('for random strings, mutated samples, clipped and wrapped ones', () => {
    const body = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 0, maxLength: 260 })
    const prefix = fc.constantFrom('', 'ghp_', 'gho_', 'ghs_', 'github_pat_', 'glpat-', 'SIE-glpat-', 'glrt-', 'gloas-', 'ATATT3xFfGF0', 'ATBB', 'BBDC-', 'AKIA', 'GR1348941')
    const wrap = fc.constantFrom((s: string) => s, (s: string) => `"${s}"`, (s: string) => `Bearer ${s}`, (s: string) => `${s.slice(0, 9)}\n${s.slice(9)}`, (s: string) => ` ${s} `, (s: string) => `Authorization: Bearer ${s}`)
    const kind = fc.option(fc.constantFrom(...KINDS), { nil: undefined })
    fc.assert(fc.property(prefix, body, wrap, kind, (p, b, w, k) => check(w(p + b), k)), { numRuns: 3000 })
    const sample = fc.constantFrom(...SAMPLES, githubToken('ghp_'), gitlabRoutableToken())
    fc.assert(fc.property(sample, fc.nat(300), fc.nat(300), wrap, kind, (s, a, b, w, k) => check(w(s.slice(Math.min(a, b), Math.max(a, b) + 8)), k)), { numRuns: 3000 })
  })
})

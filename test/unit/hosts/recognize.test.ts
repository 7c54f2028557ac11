import { describe, expect, it } from 'vitest'
import { recognizeToken } from '../../../shared/hosts/catalog'

const rep = (chars: string, n: number) => chars.repeat(Math.ceil(n / chars.length)).slice(0, n)
const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code)

/** Documented formats (reference/hosts.md quick table) -> host kind and type. */
const GOOD: [string, string, string, string?][] = [
  ['GitHub classic', `ghp_${rep('aB3', 36)}`, 'github', 'classic'],
  ['GitHub fine-grained', `github_pat_${rep('11ABCDE', 22)}_${rep('xY9', 59)}`, 'github', 'fine-grained'],
  ['GitLab legacy', `glpat-${rep('a_b-C', 20)}`, 'gitlab', 'personal'],
  ['GitLab routable', `glpat-${rep('QmFzZTY0', 60)}.01.${rep('z1', 9)}`, 'gitlab', 'personal'],
  ['GitLab instance prefix', `SIE-glpat-${rep('xyz12', 20)}`, 'gitlab', 'personal'],
  ['Atlassian API token', `ATATT3xFfGF0${rep('Kq8_-', 170)}=1A2B3C4D`, 'bitbucket-cloud', 'api-token'],
  ['Bitbucket app password', `ATBB${rep('k3Lm', 32)}`, 'bitbucket-cloud', 'app-password'],
  ['Bitbucket access token', `ATCTT3xFfGN0${rep('abc', 150)}`, 'bitbucket-cloud', 'access-token'],
  ['Bitbucket DC', `BBDC-${rep('MDk4NzY1NDMyMTA', 44)}`, 'bitbucket-data-center', 'http-access-token'],
  ['Azure DevOps 84', `${rep('q7Wm', 52)}AZDO${rep('p3K', 28)}`, 'azure-devops', 'pat'],
  ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE', 'codecommit', 'access-key-id'],
]

describe('recognises documented formats', () => {
  for (const [name, secret, kind, type] of GOOD) {
    it(name, () => {
      const r = recognizeToken(secret, kind as never)
      expect(r.hostKind).toBe(kind)
      expect(r.tokenType).toBe(type)
      expect(r.label).toBeTruthy()
      expect(codes(r)).not.toContain('other-host')
      expect(codes(r)).not.toContain('looks-like-password')
    })
  }
  it('ambiguous formats only when the user chose that host', () => {
    const hex = rep('0a1b2c3d4e', 40)
    expect(recognizeToken(hex, 'github').tokenType).toBe('classic')
    expect(recognizeToken(hex, 'gitlab-self-managed').hostKind).toBeUndefined()
    const base32 = rep('abcdefgh234567', 52)
    expect(recognizeToken(base32, 'azure-devops-server').hostKind).toBe('azure-devops-server')
    expect(recognizeToken(base32).hostKind).toBeUndefined()
  })
  it('keeps the chosen sibling kind (Enterprise for a ghp_ token)', () => {
    expect(recognizeToken(`ghp_${rep('aB3', 36)}`, 'github-enterprise').hostKind).toBe('github-enterprise')
  })
})

describe('rejects look-alikes without blocking unknown formats', () => {
  const LOOKALIKES = [
    `ghp_${rep('a', 20)}`,
    `ghp_${rep('a', 35)}!`,
    `github_pat_${rep('A', 22)}${rep('b', 59)}`,
    `glpat-${rep('x', 10)}`,
    `ATBB${rep('k', 20)}`,
    `BBDC-${rep('a', 10)}`,
    `${rep('q7Wm', 80)}AZD`,
    'AKIA1234',
    `AKIA${rep('a', 16)}`,
  ]
  for (const secret of LOOKALIKES) {
    it(`${secret.slice(0, 16)}… is not claimed`, () => expect(recognizeToken(secret).tokenType).toBeUndefined())
  }
  it('a long unknown token gets no warning at all', () => {
    expect(recognizeToken(`CUSTOM-${rep('Zx81', 40)}`, 'gitlab-self-managed')).toEqual({ warnings: [] })
  })
  it('clipped prefixes are called out', () => expect(codes(recognizeToken(`ghp_${rep('a', 20)}`, 'github'))).toEqual(['truncated']))
})

describe('warnings', () => {
  it('whitespace around a token', () => {
    const r = recognizeToken(`  ghp_${rep('aB3', 36)}\n`, 'github')
    expect(codes(r)).toEqual(['whitespace'])
    expect(r.tokenType).toBe('classic')
  })
  it('whitespace inside', () => expect(codes(recognizeToken(`${rep('abc', 30)} ${rep('abc', 30)}`))).toContain('whitespace'))
  for (const password of ['hunter2', 'Summer2026!', 'correct horse battery staple', 'P@ssw0rd#2026-xyzxyzxyz']) {
    it(`password-like: ${password}`, () => expect(codes(recognizeToken(password, 'gitlab'))).toContain('looks-like-password'))
  }
  it('a token of another host', () => {
    const r = recognizeToken(`glpat-${rep('a_b-C', 20)}`, 'github')
    expect(codes(r)).toEqual(['other-host'])
    expect(r.warnings[0]!.message).toContain('GitLab')
    expect(r.warnings[0]!.message).toContain('GitHub.com')
  })
  it('a Bitbucket app password is dead, also when another host was chosen', () => {
    expect(codes(recognizeToken(`ATBB${rep('k3Lm', 32)}`, 'bitbucket-cloud'))).toEqual(['app-password-dead'])
    expect(codes(recognizeToken(`ATBB${rep('k3Lm', 32)}`, 'bitbucket-data-center'))).toEqual(['other-host', 'app-password-dead'])
  })
  it('Azure DevOps Services always mentions the global PAT retirement, in the right tense', () => {
    const before = recognizeToken(rep('abcdefgh234567', 52), 'azure-devops', new Date('2026-11-21T10:00:00Z'))
    expect(codes(before)).toEqual(['azure-global-pat'])
    expect(before.warnings[0]!.message).toContain('stop working on 2026-12-01')
    const after = recognizeToken('whatever-format-1234567890abcdef', 'azure-devops', new Date('2026-12-02T10:00:00Z'))
    expect(after.warnings[0]!.message).toContain('stopped working')
    expect(codes(recognizeToken(rep('abcdefgh234567', 52), 'azure-devops-server'))).toEqual([])
  })
  it('an access key id pasted as the secret', () => expect(codes(recognizeToken('AKIAIOSFODNN7EXAMPLE', 'codecommit'))).toEqual(['access-key-id']))
  it('never puts the secret in a message', () => {
    const secret = `ATBB${rep('k3Lm', 32)}`
    for (const w of recognizeToken(` ${secret}`, 'github').warnings) expect(w.message).not.toContain(secret)
  })
})

import { describe, expect, it } from 'vitest'
import { parseCredentialText } from '../../../electron/import/credential-file'
import { maskSecret } from '../../../electron/import/importer'
import { mapHost } from '../../../electron/import/map-host'
import { mapKeychainError } from '../../../electron/secrets/keychain-errors'
import { daysLeft } from '../../../electron/vault/cli-format'
import { findToken } from '../../../electron/vault/find-token'
import { resolveHostLocation } from '../../../electron/vault/host-url'
import { cleanSecret } from '../../../electron/vault/secret-text'
import { parseDoc } from '../../../electron/metadata/metadata-doc'
import type { TokenRecord, TokenView } from '../../../shared/domain/token'
import { searchTokens, sortTokens } from '../../../renderer/views/tokens/sort-tokens'

const rec = (over: Partial<TokenView>): TokenView => ({
  id: 'id', label: 'x', host: 'github', url: 'https://github.com', scopes: [], expiresAt: null, expirySource: null, createdAt: '', updatedAt: '',
  rotations: [], usedIn: [], gitBindings: [], alerts: { sent: [] }, status: 'unchecked', ...over,
})

describe('host mapping for imported credentials', () => {
  it.each([
    ['github.com', '', { host: 'github', url: 'https://github.com' }],
    ['gitlab.com', '', { host: 'gitlab' }],
    ['bitbucket.org', '', { host: 'bitbucket-cloud' }],
    ['dev.azure.com', 'contoso/proj/_git/repo', { host: 'azure-devops', org: 'contoso' }],
    ['contoso.visualstudio.com', '', { host: 'azure-devops', org: 'contoso' }],
    ['git-codecommit.us-east-2.amazonaws.com', 'v1/repos/x', { host: 'codecommit', region: 'us-east-2' }],
    ['gitlab.acme.io', '', { host: 'gitlab-self-managed', guessed: true, url: 'https://gitlab.acme.io' }],
    ['github.acme.io', '', { host: 'github-enterprise', guessed: true }],
    ['stash.acme.io', '', { host: 'bitbucket-data-center', guessed: true }],
    ['tfs.acme.io', '', { host: 'azure-devops-server', guessed: true }],
    ['git.acme.io', '', { host: null, guessed: true }],
  ])('%s', (hostname, path, expected) => {
    expect(mapHost('https', hostname, '', path)).toMatchObject(expected)
  })
})

describe('credential file parsing', () => {
  it('decodes user and password, keeps the path, skips junk and non-http lines', () => {
    const found = parseCredentialText('f', 'https://a%40b.com:p%2Fq%3D@host.example:8443/group/repo.git\nnot a url\nssh://u:p@h\nhttps://nopassword@h\n')
    expect(found).toEqual([{ file: 'f', line: 0, protocol: 'https', hostname: 'host.example', port: '8443', path: 'group/repo.git', username: 'a@b.com', secret: 'p/q=' }])
  })
  it('masks secrets by prefix and last four', () => {
    expect(maskSecret('ghp_abcdefghijklmnop1234')).toBe('ghp_\u2022\u2022\u2022\u20221234')
    expect(maskSecret('short')).toBe('\u2022'.repeat(8))
    expect(maskSecret('0123456789abcdef')).not.toContain('456789ab')
  })
})

describe('vault rules', () => {
  it('host URLs follow the one shared rule: https only, loopback http allowed, no credentials, path kept', () => {
    const url = (kind: Parameters<typeof resolveHostLocation>[0], input: Parameters<typeof resolveHostLocation>[1]) => resolveHostLocation(kind, input).url
    expect(url('gitlab-self-managed', { url: 'https://git.example.com/gitlab/' })).toBe('https://git.example.com/gitlab')
    expect(url('gitlab-self-managed', { url: 'http://127.0.0.1:8080' })).toBe('http://127.0.0.1:8080')
    expect(() => url('gitlab-self-managed', { url: 'http://git.example.com' })).toThrow(/https/)
    expect(() => url('gitlab-self-managed', { url: 'https://u:p@git.example.com' })).toThrow(/user name and password/)
    expect(() => url('github', { url: 'https://github.evil.example' })).toThrow(/always lives at https:\/\/github\.com/)
    expect(url('codecommit', { region: 'ap-southeast-2' })).toBe('https://git-codecommit.ap-southeast-2.amazonaws.com')
    expect(url('codecommit', { region: 'cn-north-1' })).toBe('https://git-codecommit.cn-north-1.amazonaws.com.cn')
  })
  it('secrets: trims a pasted newline, refuses inner whitespace', () => {
    expect(cleanSecret('  ghp_x\n')).toBe('ghp_x')
    expect(() => cleanSecret('ghp_x ghp_y')).toThrow(/spaces or line breaks/)
    expect(() => cleanSecret('\u200B')).toThrow(/invisible characters/)
    expect(() => cleanSecret('ghp_abc\u200Bdef')).toThrow(/invisible characters/)
    expect(() => cleanSecret('glpat-abcdefghij\uFEFFklmnopqrst')).toThrow(/invisible characters/)
    expect(cleanSecret('\uFEFFglpat-abcdefghijklmnopqrst')).toBe('glpat-abcdefghijklmnopqrst') // a leading BOM is trimmed
    expect(() => cleanSecret(' \n')).toThrow(/empty/)
  })
  it('finds by id, then label (case-insensitive); ambiguous labels ask for the id', () => {
    const tokens = [rec({ id: 'a1', label: 'Work' }), rec({ id: 'b2', label: 'work', host: 'gitlab' }), rec({ id: 'c3', label: 'Home' })] as TokenRecord[]
    expect(findToken(tokens, 'c3').label).toBe('Home')
    expect(findToken(tokens, 'home').id).toBe('c3')
    expect(() => findToken(tokens, 'WORK')).toThrow(/Use the id/)
    expect(() => findToken(tokens, 'zzz')).toThrow(/patkeeper list/)
  })
  it('maps keychain errors to what the user must do', () => {
    expect(mapKeychainError(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'), 'linux')).toMatchObject({ code: 'keychain-missing', message: expect.stringContaining('gnome-keyring') })
    expect(mapKeychainError(new Error('Cannot create an item in a locked collection'), 'linux')).toMatchObject({ code: 'keychain-locked' })
    expect(mapKeychainError(new Error('User canceled the operation.'), 'darwin')).toMatchObject({ code: 'keychain-denied' })
    expect(mapKeychainError(new Error('weird'), 'win32')).toMatchObject({ code: 'storage-failed' })
  })
  it('counts calendar days to an expiry', () => {
    const now = new Date(2026, 10, 21, 18, 30)
    expect(daysLeft('2026-11-26', now)).toBe(5)
    expect(daysLeft('2026-11-21', now)).toBe(0)
    expect(daysLeft('2026-11-20', now)).toBe(-1)
    expect(daysLeft(null, now)).toBeNull()
  })
  it('refuses documents that are not PAT Keeper metadata', () => {
    expect(() => parseDoc('[]')).toThrow(/no token list/)
    expect(() => parseDoc('{"tokens":[{"label":"no id"}]}')).toThrow(/no id/)
  })
})

describe('token list search and sort', () => {
  const list = [
    rec({ id: '1', label: 'beta', expiresAt: '2027-01-01', status: 'valid', username: 'zed' }),
    rec({ id: '2', label: 'Alpha', expiresAt: null, status: 'expired', host: 'gitlab', usedIn: [{ id: 'n', text: 'Jupyter notebook' }] }),
    rec({ id: '3', label: 'gamma', expiresAt: '2026-12-01', status: 'unchecked', username: 'amy' }),
  ]
  it('sorts by label, expiry (none last), status (worst first), account, both directions', () => {
    expect(sortTokens(list, 'label', false).map((t) => t.id)).toEqual(['2', '1', '3'])
    expect(sortTokens(list, 'label', true).map((t) => t.id)).toEqual(['3', '1', '2'])
    expect(sortTokens(list, 'expiry', false).map((t) => t.id)).toEqual(['3', '1', '2'])
    expect(sortTokens(list, 'status', false).map((t) => t.id)).toEqual(['2', '3', '1'])
    expect(sortTokens(list, 'account', false).map((t) => t.id)).toEqual(['3', '1', '2'])
  })
  it('sorts by expiry soonest first, no expiry or an unreadable date last, same dates by label', () => {
    const dated = [
      rec({ id: 'none', label: 'a', expiresAt: null }),
      rec({ id: 'bad', label: 'b', expiresAt: 'someday' }),
      rec({ id: 'late', label: 'c', expiresAt: '2027-03-01' }),
      rec({ id: 'soon-z', label: 'Zed', expiresAt: '2026-12-05' }),
      rec({ id: 'soon-a', label: 'alpha', expiresAt: '2026-12-05' }),
    ]
    expect(sortTokens(dated, 'expiry', false).map((t) => t.id)).toEqual(['soon-a', 'soon-z', 'late', 'none', 'bad'])
    expect(sortTokens(dated, 'expiry', true).map((t) => t.id)).toEqual(['bad', 'none', 'late', 'soon-z', 'soon-a'])
  })
  it('searches every word across label, host name, account and notes', () => {
    expect(searchTokens(list, 'jupyter').map((t) => t.id)).toEqual(['2'])
    expect(searchTokens(list, 'gitlab.com alpha').map((t) => t.id)).toEqual(['2'])
    expect(searchTokens(list, 'AMY').map((t) => t.id)).toEqual(['3'])
    expect(searchTokens(list, '  ')).toHaveLength(3)
  })
})

import { describe, expect, it } from 'vitest'
import { ExternalLinkPolicy, openExternalChecked } from '../../../electron/security/external-links'
import { catalogLinkHosts } from '../../../shared/hosts/link-hosts'

const policy = () => new ExternalLinkPolicy(catalogLinkHosts())

describe('openExternal allowlist', () => {
  it('allows https pages on catalog hosts', () => {
    expect(policy().normalise('https://github.com/settings/tokens/new?scopes=repo')).toBe('https://github.com/settings/tokens/new?scopes=repo')
    expect(policy().normalise('https://GitLab.com/-/user_settings/personal_access_tokens')).toBe('https://gitlab.com/-/user_settings/personal_access_tokens')
  })

  it.each([
    'https://github.com.evil.example/settings/tokens',
    'https://evilgithub.com/',
    'https://user@github.com/settings/tokens',
    'https://user:pass@github.com/',
    'http://github.com/settings/tokens',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://github.com/share',
    'mailto:someone@github.com',
    'https://github.com:8443/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(policy().normalise(url)).toBeNull()
  })

  it('allows a custom host only for the exact URL registered', () => {
    const p = policy()
    p.allowExactUrl('https://git.example.com/-/user_settings/personal_access_tokens?name=ci')
    expect(p.normalise('https://git.example.com/-/user_settings/personal_access_tokens?name=ci')).not.toBeNull()
    expect(p.normalise('https://git.example.com/other')).toBeNull()
    p.allowExactUrl('http://git.example.com/')
    expect(p.normalise('http://git.example.com/')).toBeNull()
  })

  it('opens allowed links and refuses others with a clear error, opening nothing', async () => {
    const opened: string[] = []
    const open = async (url: string) => void opened.push(url)
    await openExternalChecked('https://github.com/settings/tokens', policy(), open)
    await expect(openExternalChecked('https://github.com.evil.example/', policy(), open)).rejects.toMatchObject({ code: 'not-allowed' })
    expect(opened).toEqual(['https://github.com/settings/tokens'])
  })
})

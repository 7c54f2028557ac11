import { describe, expect, it } from 'vitest'
import { withFormatGuess } from '../../../electron/import/format-guess'
import { maskSecret } from '../../../electron/import/importer'
import { mapHost } from '../../../electron/import/map-host'
import { atlassianToken, bbdcToken, githubToken, gitlabRoutableToken, randomChars } from '../../helpers/token-samples'

// The importer reads the same format table as the paste step: a credential on a server with a neutral name
// gets its kind from the token's prefix, and masks keep only the format's public prefix.
const guess = (hostname: string, secret: string) => withFormatGuess(mapHost('https', hostname, '', ''), secret)

describe('importer: host kind from the token format', () => {
  it('a neutral hostname with a known prefix gets the self-hosted kind, as a guess', () => {
    expect(guess('git.corp.example', gitlabRoutableToken())).toMatchObject({ host: 'gitlab-self-managed', guessed: true })
    expect(guess('code.corp.example', githubToken('ghp_'))).toMatchObject({ host: 'github-enterprise', guessed: true })
    expect(guess('scm.corp.example', bbdcToken())).toMatchObject({ host: 'bitbucket-data-center', guessed: true })
  })
  it('the URL wins when it names the host', () => {
    expect(guess('github.com', gitlabRoutableToken())).toMatchObject({ host: 'github', guessed: false })
  })
  it('formats without a prefix or cloud-only formats tell nothing', () => {
    expect(guess('git.corp.example', randomChars(52, 'abcdefghijklmnopqrstuvwxyz234567')).host).toBeNull()
    expect(guess('git.corp.example', atlassianToken()).host).toBeNull()
    expect(guess('git.corp.example', randomChars(40)).host).toBeNull()
  })
  it('masks show the whole format prefix and the last four characters only', () => {
    const fine = `github_pat_${randomChars(22)}_${randomChars(59)}`
    expect(maskSecret(fine)).toBe(`github_pat_\u2022\u2022\u2022\u2022${fine.slice(-4)}`)
    const atl = atlassianToken()
    expect(maskSecret(atl)).toBe(`ATATT\u2022\u2022\u2022\u2022${atl.slice(-4)}`)
  })
})

import { describe, expect, it } from 'vitest'
import { unknownEmailsMessage } from '../../../electron/git/identity'

describe('commit identity: what it says when the account emails are unknown', () => {
  it('asks for the user:email scope only on classic GitHub tokens', () => {
    expect(unknownEmailsMessage({ host: 'github', tokenType: 'classic' })).toContain('`user:email` scope')
    expect(unknownEmailsMessage({ host: 'github-enterprise' })).toContain('`user:email` scope')
  })

  it('names the Email addresses permission for fine-grained GitHub tokens, which have no scopes', () => {
    const words = unknownEmailsMessage({ host: 'github', tokenType: 'fine-grained' })
    expect(words).toContain('`Email addresses` (read) account permission')
    expect(words).not.toContain('user:email')
  })

  it('never mentions GitHub or a field the screen does not have for other hosts', () => {
    for (const host of ['gitlab', 'codecommit', 'bitbucket-cloud', 'azure-devops'] as const) {
      const words = unknownEmailsMessage({ host })
      expect(words).not.toMatch(/GitHub|user:email|add the email/)
      expect(words).toContain("cannot compare them with git's user.email")
    }
  })
})

import { describe, expect, it } from 'vitest'
import { gitSetupRequest } from '../../../shared/ipc/channels/git'
import { addTokenRequest } from '../../../shared/ipc/channels/tokens'

const add = { host: 'github', label: 'work', secret: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' } as const

describe('values that reach git config and HTTP headers', () => {
  it.each(['dana\r', 'dana\nhelper = evil', 'da\u0000na', 'dana\u2028', 'x\u007f'])('refuse control characters in a username (%j)', (username) => {
    expect(addTokenRequest.safeParse({ ...add, username }).success).toBe(false)
  })

  it('accept ordinary names, emails and unicode', () => {
    expect(addTokenRequest.safeParse({ ...add, username: 'dana-ö', email: 'dana@example.org', org: 'my org' }).success).toBe(true)
  })

  it.each(['.', '', 'repo', '../elsewhere', '~/code/app'])('refuse a relative repository folder from the renderer (%j)', (repoPath) => {
    expect(gitSetupRequest.safeParse({ tokenId: 'abcdef12-3456', scope: 'repo', repoPath }).success).toBe(false)
  })

  it.each(['/home/dana/code/app', 'C:\\Users\\dana\\app', 'D:/src/app', '\\\\server\\share\\app'])('accept a full repository path (%j)', (repoPath) => {
    expect(gitSetupRequest.safeParse({ tokenId: 'abcdef12-3456', scope: 'repo', repoPath }).success).toBe(true)
  })
})

import type { Purpose } from '../../domain/hosts'
import type { PurposeSpec } from '../types'

/** Least PAT scopes per purpose (vso.code = Code: Read, vso.code_write = Code: Read & write). */
export const AZURE_PURPOSES: Partial<Record<Purpose, PurposeSpec>> = {
  read: { label: 'Clone and pull', scopes: ['vso.code'], checklist: ['Scopes: Custom defined', 'Code: Read'] },
  write: { label: 'Clone, pull and push', scopes: ['vso.code_write'], checklist: ['Scopes: Custom defined', 'Code: Read & write'] },
  integration: {
    label: 'A tool that uses the API and pushes',
    scopes: ['vso.code_write', 'vso.profile'],
    checklist: ['Scopes: Custom defined', 'Code: Read & write', 'User Profile: Read'],
    note: 'Never choose "Full access": organizations often block it, and it exposes far more than code.',
    // learn.microsoft.com azure/devops/integrate/get-started/authentication/oauth#scopes: vso.code_write "Code (read
    // and write)": read, update and delete source code, branches ... "create and manage pull requests and code reviews".
    branchesAndRequests: 'Code: Read & write already covers creating branches and pull requests.',
  },
}

/** Git over HTTPS with a PAT: any username works; a fixed one keeps git's credential matching simple. */
export const azureGitUsername = (input: { username?: string }): string => input.username?.trim() || 'pat'

/** Steps shared by Services and Server once the token page is open. */
export const azureSteps = (where: string, tokenName: string, checklist: string[], expiry: string): string[] => [
  `Sign in to ${where}, then open User settings (the person icon, top right) > Personal access tokens.`,
  'Click "+ New Token".',
  `Name it "${tokenName}" and set the expiration. ${expiry}`,
  ...checklist.map((item) => `Set ${item}.`),
  'Click "Create" and copy the token right away: it is shown only once.',
]

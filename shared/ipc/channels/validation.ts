import { z } from 'zod'
import type { CheckResult } from '../../domain/token'
import { channel, event } from '../define'
import { tokenId, tokenIds } from '../limits'
import { addTokenRequest } from './tokens'

/** What the wizard (or renewal) sends to check a token before it is saved: the add request minus label and notes. */
export const draftCheckRequest = addTokenRequest.pick({
  host: true,
  url: true,
  org: true,
  collection: true,
  region: true,
  username: true,
  email: true,
  purpose: true,
  secret: true,
  repository: true,
})

/** The draft check request's type. */
export type DraftCheckRequest = z.output<typeof draftCheckRequest>

/** How far a window's "Check all" got; sent while it runs and once when it ends. */
export interface CheckAllProgress {
  done: number
  total: number
  /** Checked tokens that need attention (invalid, expired, revoked, missing scopes). */
  attention: number
  /** Checked tokens whose host gave no verdict (unreachable, rate-limited, host error). */
  unsettled: number
  running: boolean
  /** True on the last event when the user stopped the run. */
  cancelled: boolean
}

/** Request/response channels of the validation concern. */
export const validationChannels = {
  /** Asks the host about one stored token; stores and returns the result. */
  'tokens:check': channel<CheckResult>()(z.tuple([tokenId])),
  /** Checks every stored token (bounded concurrency), with `tokens:check-progress` events; results by token id. */
  'tokens:check-all': channel<Record<string, CheckResult>>()(z.tuple([])),
  /** Checks the tokens selected in the list, as Check all does (same progress events, same Stop). */
  'tokens:check-selected': channel<Record<string, CheckResult>>()(z.tuple([tokenIds])),
  /** Stops a running Check all: no new checks start; false when none was running. */
  'tokens:check-all-cancel': channel<boolean>()(z.tuple([])),
  /** Checks a token that is not saved yet; stores nothing. */
  'tokens:check-draft': channel<CheckResult>()(z.tuple([draftCheckRequest])),
} as const

/** Events of the validation concern. */
export const validationEvents = {
  /** A check finished for these tokens (the list reloads their badges). */
  'tokens:checked': event<{ ids: string[] }>(),
  /** Progress of a Check all started from the window. */
  'tokens:check-progress': event<CheckAllProgress>(),
} as const

import { z } from 'zod'
import type { CheckResult } from '../../domain/token'
import { channel, event } from '../define'
import { tokenId } from '../limits'
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

/** Request/response channels of the validation concern. */
export const validationChannels = {
  /** Asks the host about one stored token; stores and returns the result. */
  'tokens:check': channel<CheckResult>()(z.tuple([tokenId])),
  /** Checks every stored token (bounded concurrency); results by token id. */
  'tokens:check-all': channel<Record<string, CheckResult>>()(z.tuple([])),
  /** Checks a token that is not saved yet; stores nothing. */
  'tokens:check-draft': channel<CheckResult>()(z.tuple([draftCheckRequest])),
} as const

/** Events of the validation concern. */
export const validationEvents = {
  /** A check finished for these tokens (the list reloads their badges). */
  'tokens:checked': event<{ ids: string[] }>(),
} as const

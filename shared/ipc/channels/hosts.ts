import { z } from 'zod'
import { HOST_KINDS, PURPOSES } from '../../domain/hosts'
import { channel } from '../define'
import { text } from '../limits'

/**
 * Which token page to open: main rebuilds the URL from the catalog, so the renderer never hands main an
 * arbitrary URL to open (Electron checklist: do not use openExternal with untrusted content).
 */
export const openTokenPageRequest = z.strictObject({
  host: z.enum(HOST_KINDS),
  url: z.string().max(300).optional(),
  org: z.string().max(200).optional(),
  collection: z.string().max(200).optional(),
  region: z.string().max(40).optional(),
  purpose: z.enum(PURPOSES),
  tokenName: text(120),
  /** Variant id, e.g. 'fine-grained' or 'classic' on GitHub. */
  tokenType: z.string().max(40).optional(),
})

/** The open request's type. */
export type OpenTokenPageRequest = z.output<typeof openTokenPageRequest>

/** Request/response channels of the hosts concern. */
export const hostsChannels = {
  /** Opens the host's token-creation page in the browser; returns the URL that was opened. */
  'hosts:open-token-page': channel<{ url: string }>()(z.tuple([openTokenPageRequest])),
  /** Opens the host kind's own help page about tokens. */
  'hosts:open-docs': channel<{ url: string }>()(z.tuple([z.enum(HOST_KINDS)])),
} as const

/** Events of the hosts concern: `'name': event<Payload>()`. */
export const hostsEvents = {} as const

import { z } from 'zod'

/** Longest free text accepted over IPC (labels, notes). */
export const MAX_TEXT = 500
/** Longest secret accepted over IPC; real tokens are far shorter (GitHub allows up to 255). */
export const MAX_SECRET = 4096

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/

/**
 * A bounded string without control characters or line separators. Usernames, hosts and labels end up in git
 * config, HTTP headers and one-line messages, where a CR or LF changes their meaning (git refuses credential
 * values with a carriage return; a newline would start another config line).
 */
export const plain = (max = MAX_TEXT) => z.string().max(max).refine((s) => !CONTROL.test(s), 'must not contain line breaks or control characters')

/** A non-empty, bounded string without control characters. */
export const text = (max = MAX_TEXT) => plain(max).min(1)
/** A token id as PAT Keeper makes them. */
export const tokenId = z.string().regex(/^[a-z0-9-]{8,64}$/)
/** Several token ids at once (bulk actions on the list's selection); bounded like the list itself. */
export const tokenIds = z.array(tokenId).min(1).max(10_000)
/** A pasted secret: bounded, no line breaks inside. */
export const secret = z.string().min(1).max(MAX_SECRET)

import { z } from 'zod'

/** Longest free text accepted over IPC (labels, notes). */
export const MAX_TEXT = 500
/** Longest secret accepted over IPC; real tokens are far shorter (GitHub allows up to 255). */
export const MAX_SECRET = 4096

/** A non-empty, bounded string. */
export const text = (max = MAX_TEXT) => z.string().min(1).max(max)
/** A token id as PAT Keeper makes them. */
export const tokenId = z.string().regex(/^[a-z0-9-]{8,64}$/)
/** A pasted secret: bounded, no line breaks inside. */
export const secret = z.string().min(1).max(MAX_SECRET)

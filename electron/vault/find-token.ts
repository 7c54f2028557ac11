import type { TokenRecord } from '../../shared/domain/token'
import { AppError } from '../errors/app-error'

/** Same label on the same host, compared case-insensitively (labels are unique per host). */
export const sameLabel = (a: Pick<TokenRecord, 'label' | 'host' | 'url'>, b: Pick<TokenRecord, 'label' | 'host' | 'url'>): boolean =>
  a.host === b.host && a.url.toLowerCase() === b.url.toLowerCase() && a.label.trim().toLowerCase() === b.label.trim().toLowerCase()

/** Finds a token by id, else by label; an ambiguous label asks for the id. */
export const findToken = (tokens: readonly TokenRecord[], idOrLabel: string): TokenRecord => {
  const key = idOrLabel.trim()
  const byId = tokens.find((t) => t.id === key)
  if (byId) return byId
  const byLabel = tokens.filter((t) => t.label.toLowerCase() === key.toLowerCase())
  if (byLabel.length === 1) return byLabel[0]!
  if (byLabel.length > 1)
    throw new AppError('conflict', `${byLabel.length} tokens are labelled "${key}" (${byLabel.map((t) => `${t.host} ${t.id}`).join(', ')}). Use the id instead.`)
  throw new AppError('not-found', `No token has the id or label "${key.slice(0, 120)}". Run "patkeeper list" (or open the token list) to see your tokens.`)
}
